namespace CoopGraph.Web.Tests;

/// <summary>
/// The read-only browser tests: one server and one browser for all of them, one test after another (the machine has two
/// cores and every page lays the map out in chromium, so side by side each test would only get slower). Tests that
/// change the data get a server of their own, so expectations read here always describe the seeded dataset.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WorkbenchGroup : ICollectionFixture<WorkbenchFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Workbench";
}
