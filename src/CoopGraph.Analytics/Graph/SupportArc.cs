using QuikGraph;

namespace CoopGraph.Analytics.Graph;

/// <summary>A support edge as a QuikGraph edge between office indices; <see cref="Id"/> indexes the snapshot's edge arrays.</summary>
internal sealed class SupportArc(int source, int target, int id) : IEdge<int>
{
    public int Source { get; } = source;

    public int Target { get; } = target;

    public int Id { get; } = id;
}
