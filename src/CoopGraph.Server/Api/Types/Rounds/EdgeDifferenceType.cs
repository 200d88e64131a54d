using CoopGraph.Analytics.Rounds;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Rounds;

/// <summary>GraphQL <c>EdgeDifference</c>.</summary>
public sealed class EdgeDifferenceType : ObjectGraphType<EdgeDifference>
{
    public EdgeDifferenceType()
    {
        Name = "EdgeDifference";
        Description = "A request or offer one round has and the other has not, with its provenance.";
        Field(x => x.Role).Description("request or offer.");
        Field(x => x.Office).Description("Office code.");
        Field(x => x.Subject).Description("Subject id.");
        Field(x => x.Source).Description("Its source in the round that has it (e.g. policy#1: area table, row).");
        Field(x => x.Confidence).Description("Its confidence there: high, medium or low.");
        Field(x => x.Note, nullable: true).Description("Its note there.");
        Field(x => x.Line, nullable: true).Description("The source line the dataset cites for this difference (Lima: the report's text dump), when it cites one.");
        Field(x => x.Quote, nullable: true).Description("The cited words.");
    }
}
