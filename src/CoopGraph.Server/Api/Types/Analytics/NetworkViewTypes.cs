using CoopGraph.Server.Exports;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Analytics;

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

/// <summary>GraphQL <c>Metric</c>.</summary>
public sealed class MetricType : ObjectGraphType<KeyValuePair<string, double>>
{
    /// <summary>Defines the fields.</summary>
    public MetricType()
    {
        Name = "Metric";
        Description = "A named numeric attribute of a node.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Metric name, e.g. `pageRank`, `isolation`, `coverageRatio`.").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<FloatGraphType>>("value").Description("Metric value.").Resolve(ctx => ctx.Source.Value);
    }
}

/// <summary>GraphQL <c>Attribute</c>.</summary>
public sealed class AttributeType : ObjectGraphType<KeyValuePair<string, string>>
{
    /// <summary>Defines the fields.</summary>
    public AttributeType()
    {
        Name = "Attribute";
        Description = "A named text attribute of a node.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Attribute name, e.g. `area`, `status`, `flags`.").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Description("Attribute value.").Resolve(ctx => ctx.Source.Value);
    }
}

/// <summary>GraphQL <c>ViewNode</c>.</summary>
public sealed class ViewNodeType : ObjectGraphType<ViewNode>
{
    /// <summary>Defines the fields.</summary>
    public ViewNodeType()
    {
        Name = "ViewNode";
        Description = "A node to draw.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Office code or subject id.");
        Field(x => x.Label).Description("Display name.");
        Field(x => x.Kind).Description("`OFFICE` or `SUBJECT`.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MetricType>>>>("metrics").Description("Numeric attributes: an office's centrality measures and isolation score; a subject's requesters, offerers and coverageRatio.").Resolve(ctx => ctx.Source.Metrics);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttributeType>>>>("attributes").Description("Text attributes: an office's attended, flags and component; a subject's area, status and crossCutting.").Resolve(ctx => ctx.Source.Attributes);
    }
}

/// <summary>GraphQL <c>ViewEdge</c>.</summary>
public sealed class ViewEdgeType : ObjectGraphType<ViewEdge>
{
    /// <summary>Defines the fields.</summary>
    public ViewEdgeType()
    {
        Name = "ViewEdge";
        Description = "An edge to draw.";
        Field(x => x.Source, type: typeof(NonNullGraphType<IdGraphType>)).Description("Source node id.");
        Field(x => x.Target, type: typeof(NonNullGraphType<IdGraphType>)).Description("Target node id.");
        Field(x => x.Kind).Description("`SUPPORTS`, `COLLABORATES`, `REQUESTS` or `OFFERS`.");
        Field(x => x.Weight).Description("Number of subjects behind the edge; COLLABORATES sums both directions (a subject helping each way counts twice); 1 for REQUESTS and OFFERS.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("subjects").Description("Ids of the subjects behind the edge.").Resolve(ctx => ctx.Source.Subjects);
    }
}

/// <summary>GraphQL <c>NetworkView</c>.</summary>
public sealed class NetworkViewType : ObjectGraphType<NetworkView>
{
    /// <summary>Defines the fields.</summary>
    public NetworkViewType()
    {
        Name = "NetworkView";
        Description = "A whole graph in one answer, as a D3, Cytoscape or Sigma front end needs it.";
        Field<NonNullGraphType<ViewKindType>>("view").Description("Which graph this is.").Resolve(ctx => ctx.Source.Kind);
        Field(x => x.Directed).Description("Whether edges have a direction.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ViewNodeType>>>>("nodes").Description("Offices by code, then subjects in dataset order.").Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ViewEdgeType>>>>("edges").Description("Edges, by source then target.").Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("How the view was derived and on which dataset version.").Resolve(ctx => ctx.Source.Evidence);
    }
}
