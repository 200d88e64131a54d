using CoopGraph.Domain.Validation;

namespace CoopGraph.Storage;

/// <summary>A write was refused because the dataset changed since the caller read it; nothing changed.</summary>
/// <param name="expected">The version the caller read.</param>
/// <param name="actual">The version now stored.</param>
public sealed class StoreConflictException(string expected, string actual)
    : Exception($"the dataset changed since version {expected} (now {actual}); read it again and retry")
{
    /// <summary>The version the caller read.</summary>
    public string Expected { get; } = expected;

    /// <summary>The version now stored.</summary>
    public string Actual { get; } = actual;
}

/// <summary>A write was refused because its result would be invalid; nothing changed.</summary>
/// <param name="report">Every problem found.</param>
public sealed class StoreValidationException(ValidationReport report)
    : Exception("the change is invalid: " + string.Join("; ", report.Errors))
{
    /// <summary>Every problem found, with places.</summary>
    public ValidationReport Report { get; } = report;
}

/// <summary>The store cannot be reached or refused us (authentication, server down); the message names the store.</summary>
/// <param name="message">What happened, naming the URI or file.</param>
/// <param name="inner">The underlying error.</param>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
