using CoopGraph.Analytics.Views;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>View</c>.</summary>
public sealed class ViewKindType : EnumerationGraphType<ViewKind>
{
    /// <summary>Names the type.</summary>
    public ViewKindType()
    {
        Name = "View";
        Description = "Which graph to draw.";
        this.Describe("SUPPORT", "Offices only; an arrow A→B when A offers a subject B requests, weight = the number of such subjects (who can help whom).");
        this.Describe("BIPARTITE", "Offices and subjects; an edge office→subject for each request (REQUESTS) and each offer (OFFERS).");
        this.Describe("COLLABORATION", "Offices only; one undirected edge between two offices when either can help the other, weight = subjects both ways.");
    }
}
