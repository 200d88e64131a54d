namespace CoopGraph.Tests.Shared;

/// <summary>Finds files of the repository from a test's output folder, so tests read the committed data, not a copy.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CoopGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CoopGraph.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root.</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path below the repository root.</summary>
    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The Lima 2022 dataset file.</summary>
    public static string Lima => Of("data", "lima-2022.json");
}
