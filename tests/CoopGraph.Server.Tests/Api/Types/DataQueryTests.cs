using System.Text.Json;

namespace CoopGraph.Server.Tests.Api.Types;

public sealed class DataQueryTests(ReadOnlyServer fixture) : IClassFixture<ReadOnlyServer>
{
    private ServerUnderTest Server => fixture.Server;

    [Fact]
    public async Task Dataset_Lima_ReportsVersionAndCounts()
    {
        var data = await Server.DataAsync("{ dataset { name version officeCount areaCount subjectCount requestCount offerCount networkCount } }");
        var d = data.GetProperty("dataset");
        d.GetProperty("name").GetString().ShouldBe(Lima.Dataset.Name);
        d.GetProperty("version").GetString().ShouldBe(Lima.Dataset.Version);
        d.GetProperty("officeCount").GetInt32().ShouldBe(Lima.Dataset.Offices.Count);
        d.GetProperty("areaCount").GetInt32().ShouldBe(Lima.Dataset.Areas.Count);
        d.GetProperty("subjectCount").GetInt32().ShouldBe(Lima.Dataset.Subjects.Count);
        d.GetProperty("requestCount").GetInt32().ShouldBe(Lima.Dataset.Requests.Count);
        d.GetProperty("offerCount").GetInt32().ShouldBe(Lima.Dataset.Offers.Count);
        d.GetProperty("networkCount").GetInt32().ShouldBe(Lima.Dataset.Networks.Count);
    }

    [Fact]
    public async Task Offices_PagedWithCursors_VisitsEveryOfficeOnceInCodeOrder()
    {
        var codes = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var data = await Server.DataAsync("query($after: String) { offices(first: 5, after: $after) { totalCount edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }", new { after });
            var offices = data.GetProperty("offices");
            offices.GetProperty("totalCount").GetInt32().ShouldBe(Lima.Dataset.Offices.Count);
            codes.AddRange(offices.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("code").GetString()!));
            var info = offices.GetProperty("pageInfo");
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
            pages++;
        }
        while (after is not null);

        codes.ShouldBe([.. Lima.Dataset.Offices.Select(o => o.Code).Order(StringComparer.Ordinal)]);
        pages.ShouldBe((Lima.Dataset.Offices.Count + 4) / 5);
    }

    [Fact]
    public async Task Offices_FilterByOfferedSubject_ListsItsOfferers()
    {
        var subject = Lima.Dataset.Offers.GroupBy(o => o.Subject).OrderByDescending(g => g.Count()).First().Key;
        var data = await Server.DataAsync("query($s: ID) { offices(filter: { offers: $s }, first: 100) { nodes { code } } }", new { s = subject });
        Codes(data.GetProperty("offices").GetProperty("nodes"))
            .ShouldBe([.. Lima.Dataset.Offers.Where(o => o.Subject == subject).Select(o => o.Office).Distinct().Order(StringComparer.Ordinal)]);
    }

    [Fact]
    public async Task Office_ByAlias_ResolvesWithRequestsAndOffers()
    {
        var brazil = Lima.Dataset.FindOffice("BRA")!;
        var data = await Server.DataAsync("query($c: String!) { office(code: $c) { code name requests { subject { id } source } offers { subject { id } } } }", new { c = brazil.Aliases.Count > 0 ? brazil.Aliases[0] : brazil.Name });
        var office = data.GetProperty("office");
        office.GetProperty("code").GetString().ShouldBe("BRA");
        office.GetProperty("requests").EnumerateArray().Select(r => r.GetProperty("subject").GetProperty("id").GetString())
            .ShouldBe(Lima.Dataset.Requests.Where(r => r.Office == "BRA").Select(r => r.Subject));
        office.GetProperty("offers").GetArrayLength().ShouldBe(Lima.Dataset.Offers.Count(o => o.Office == "BRA"));
    }

    [Fact]
    public async Task Subjects_ByArea_ListsTheAreasSubjectsWithRequestersAndStatus()
    {
        var area = Lima.Dataset.Areas[0].Id;
        var data = await Server.DataAsync("query($a: ID) { subjects(area: $a) { id requesters { code } offerers { code } status area { id } } }", new { a = area });
        var subjects = data.GetProperty("subjects").EnumerateArray().ToList();
        subjects.Select(s => s.GetProperty("id").GetString()).ShouldBe(Lima.Dataset.Subjects.Where(s => s.Area == area).Select(s => s.Id));
        foreach (var s in subjects)
        {
            var id = s.GetProperty("id").GetString()!;
            Codes(s.GetProperty("requesters")).ShouldBe([.. Lima.Dataset.Requests.Where(r => r.Subject == id).Select(r => r.Office).Distinct().Order(StringComparer.Ordinal)]);
            Codes(s.GetProperty("offerers")).ShouldBe([.. Lima.Dataset.Offers.Where(o => o.Subject == id).Select(o => o.Office).Distinct().Order(StringComparer.Ordinal)]);
            s.GetProperty("status").GetString().ShouldBe(Lima.Status(id), id);
        }
    }

    [Fact]
    public async Task Subjects_ByStatus_ListsExactlyTheSubjectsWithThatStatus()
    {
        var data = await Server.DataAsync("{ subjects(status: UNMET) { id } }");
        data.GetProperty("subjects").EnumerateArray().Select(s => s.GetProperty("id").GetString())
            .ShouldBe(Lima.Dataset.Subjects.Where(s => Lima.Status(s.Id) == "UNMET").Select(s => s.Id));
    }

    [Fact]
    public async Task SubjectAreasNetworks_Lima_MatchTheDataset()
    {
        var subject = Lima.Dataset.Subjects[^1];
        var data = await Server.DataAsync("query($id: ID!) { subject(id: $id) { id name crossCutting } areas { id subjects { id } } networks { id name members { code } } }", new { id = subject.Id });
        data.GetProperty("subject").GetProperty("name").GetString().ShouldBe(subject.Name);
        data.GetProperty("areas").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ShouldBe(Lima.Dataset.Areas.Select(a => a.Id));
        data.GetProperty("networks").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ShouldBe(Lima.Dataset.Networks.Select(n => n.Id));
    }

    [Fact]
    public async Task Changes_FreshStore_PagesTheAuditTrail()
    {
        var data = await Server.DataAsync("{ changes(first: 10) { edges { node { kind actor version } } pageInfo { hasNextPage } } }");
        data.GetProperty("changes").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().ShouldBeFalse();
    }

    internal static List<string> Codes(JsonElement offices) => [.. offices.EnumerateArray().Select(o => o.GetProperty("code").GetString()!)];
}
