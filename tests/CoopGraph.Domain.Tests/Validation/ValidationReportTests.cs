using CoopGraph.Domain.Validation;

namespace CoopGraph.Domain.Tests.Validation;

public sealed class ValidationReportTests
{
    private static ValidationIssue Warning(string message) => new(Severity.Warning, "$", message);

    [Fact]
    public void WarningsNotIn_EditBringsOneWarning_ReturnsOnlyThatOneInOrder()
    {
        var before = new ValidationReport([Warning("old"), new ValidationIssue(Severity.Error, "$", "new-but-error")]);
        var after = new ValidationReport([Warning("new 1"), Warning("old"), new ValidationIssue(Severity.Error, "$", "error"), Warning("new 2")]);

        after.WarningsNotIn(before).ShouldBe(["new 1", "new 2"]);
        before.WarningsNotIn(before).ShouldBeEmpty();
    }
}
