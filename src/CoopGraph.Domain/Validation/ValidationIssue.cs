namespace CoopGraph.Domain.Validation;

/// <summary>How serious a validation finding is.</summary>
public enum Severity
{
    /// <summary>The data is unusable as given; nothing is loaded.</summary>
    Error,

    /// <summary>Allowed, but worth a look.</summary>
    Warning,
}

/// <summary>One validation finding, with the place it concerns.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Place">Where: a JSON path (<c>$.requests[3].office</c>), <c>file:line:column</c> for CSV, or a GraphQL path.</param>
/// <param name="Message">What is wrong, in words a data steward understands.</param>
public sealed record ValidationIssue(Severity Severity, string Place, string Message)
{
    /// <summary>
    /// For a finding that can repeat (one per office, per offer): what the repeats share, as words that follow their
    /// number ("offices have a code that is not ..."), so a report can summarise thousands in a line; null otherwise.
    /// </summary>
    public string? Kind { get; init; }

    /// <summary>The item this finding is about (an office code, an office and subject), named in a summary of its kind.</summary>
    public string? About { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Place}: {(Severity == Severity.Warning ? "warning: " : "")}{Message}";
}

/// <summary>All findings of one validation run: every problem, not just the first.</summary>
/// <param name="Issues">The findings in the order they were found.</param>
public sealed record ValidationReport(IReadOnlyList<ValidationIssue> Issues)
{
    /// <summary>A report with no findings.</summary>
    public static ValidationReport Clean { get; } = new([]);

    /// <summary>The findings that make the data unusable.</summary>
    public IEnumerable<ValidationIssue> Errors => Issues.Where(i => i.Severity == Severity.Error);

    /// <summary>The findings that are only worth a look.</summary>
    public IEnumerable<ValidationIssue> Warnings => Issues.Where(i => i.Severity == Severity.Warning);

    /// <summary>True when there is no error (warnings allowed).</summary>
    public bool IsValid => !Errors.Any();

    /// <summary>This report followed by <paramref name="other"/>'s findings.</summary>
    public ValidationReport Concat(ValidationReport other) => new([.. Issues, .. other.Issues]);

    /// <summary>
    /// The messages of this report's warnings that <paramref name="before"/> did not have, in this report's order: the
    /// warnings an edit brought in (warnings never stop an edit, so this is where its author sees them).
    /// </summary>
    public IReadOnlyList<string> WarningsNotIn(ValidationReport before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var known = before.Warnings.Select(w => w.Message).ToHashSet(StringComparer.Ordinal);
        return [.. Warnings.Select(w => w.Message).Where(m => !known.Contains(m))];
    }
}

/// <summary>A dataset read from some input, or the reasons it could not be.</summary>
/// <param name="Dataset">The dataset, null when the report has errors.</param>
/// <param name="Report">Every finding, errors and warnings.</param>
/// <param name="Notices">Things the reader did on the user's behalf (e.g. offices created by <c>--allow-new</c>).</param>
public sealed record LoadResult(Dataset? Dataset, ValidationReport Report, IReadOnlyList<string> Notices)
{
    /// <summary>A failed load with the given report.</summary>
    public static LoadResult Failed(ValidationReport report) => new(null, report, []);
}
