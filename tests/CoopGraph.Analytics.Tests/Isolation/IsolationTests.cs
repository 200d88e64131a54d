using CoopGraph.Analytics.Isolation;

namespace CoopGraph.Analytics.Tests.Isolation;

public class IsolationTests
{
    private readonly IsolationResult _isolation = NetworkAnalysis.Of(Networks.Sample()).Isolation();

    [Fact]
    public void Isolation_Supporters_AreInNeighbours()
    {
        _isolation["ARG"].Supporters.ShouldBe(["BRA"]);
        _isolation["ARG"].Supported.ShouldBe(["CHL"]);
        _isolation["CHL"].Supporters.ShouldBe(["ARG", "BRA"]);
        _isolation["BRA"].Supporters.ShouldBeEmpty();
    }

    [Fact]
    public void Isolation_Flags_MatchHandCheckedCases()
    {
        _isolation["ARG"].Flags.ShouldBe([IsolationSign.NoSupport, IsolationSign.SingleSupporter]);
        _isolation["BRA"].Flags.ShouldBe([IsolationSign.NoSupport]);
        _isolation["CHL"].Flags.ShouldBeEmpty();
        _isolation["DOM"].Flags.ShouldBe([IsolationSign.SingleSupporter]);
        _isolation["ECU"].Flags.ShouldBe([IsolationSign.NoPartners]);
    }

    [Fact]
    public void Isolation_Components_SeparateTheLoneOffice()
    {
        _isolation.Components.Count.ShouldBe(2);
        _isolation["ARG"].ComponentSize.ShouldBe(4);
        _isolation["ECU"].ComponentSize.ShouldBe(1);
        _isolation["ECU"].Component.ShouldNotBe(_isolation["ARG"].Component);
    }

    [Fact]
    public void Isolation_CutStructure_FindsChileAndItsBridgeToDominicanRepublic()
    {
        _isolation.ArticulationPoints.ShouldBe(["CHL"]);
        _isolation.Bridges.ShouldBe([new CollaborationBridge("CHL", "DOM")]);
        _isolation["CHL"].ArticulationPoint.ShouldBeTrue();
    }

    [Fact]
    public void Isolation_Score_FollowsDocumentedFormula()
    {
        // ARG: 1 of 2 requests unmet, 2 partners, component of 4 in 5 offices.
        _isolation["ARG"].Score.ShouldBe((0.5 + (1 / 3.0) + 0.25) / 3, 1e-12);
        // ECU: no own requests, no partners, alone.
        _isolation["ECU"].Score.ShouldBe(2 / 3.0, 1e-12);
    }
}
