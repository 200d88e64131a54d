using CoopGraph.Domain.Formats;

namespace CoopGraph.Domain.Tests.Formats;

public class DatasetFileTests
{
    [Fact]
    public void Load_Directory_SaysItIsADirectory()
    {
        var directory = Directory.CreateTempSubdirectory("coopgraph-").FullName;
        try
        {
            var issue = DatasetFile.Load(directory, SampleData.Small()).Report.Issues.ShouldHaveSingleItem();

            issue.Place.ShouldBe(directory);
            issue.Message.ShouldBe("a directory, not a dataset file");
        }
        finally
        {
            Directory.Delete(directory);
        }
    }

    [Fact]
    public void Load_MissingFile_SaysFileNotFound()
    {
        var path = Path.Combine(Path.GetTempPath(), $"coopgraph-{Guid.NewGuid():N}.json");

        DatasetFile.Load(path, SampleData.Small()).Report.Issues.ShouldHaveSingleItem().Message.ShouldBe("file not found");
    }
}
