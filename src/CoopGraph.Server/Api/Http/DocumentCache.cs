using System.Collections.Concurrent;
using CoopGraph.Server.Snapshots;
using GraphQLParser.AST;

namespace CoopGraph.Server.Api.Http;

/// <summary>
/// Parsed documents that passed the limits and validation, by query text and operation name, so a repeated query skips
/// parsing, the limits and the rules that do not depend on the request. The complexity estimate is kept with the list sizes
/// it was made for and is made again when the dataset's sizes change or the operation takes variables (a page size can
/// come from one). A query without variables also keeps the bytes of its answer for its version (when the answer is small
/// and depends on the snapshot alone, see <see cref="RequestContext.MarkVolatile"/>): a repeat is answered with them.
/// Bounded: when full, it starts over (cheaper than an LRU and enough against a flood of one-off texts).
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<(string Query, string? Operation), Entry> _entries = new();

    /// <summary>The cached entry, or null.</summary>
    public Entry? Get(string query, string? operation) => _entries.TryGetValue((query, operation), out var entry) ? entry : null;

    /// <summary>Keeps <paramref name="entry"/>.</summary>
    public void Add(string query, string? operation, Entry entry)
    {
        if (capacity == 0)
        {
            return;
        }

        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        _entries[(query, operation)] = entry;
    }

    /// <summary>A validated document.</summary>
    /// <param name="Document">The parsed document (immutable; shared by requests).</param>
    /// <param name="Sizes">The list sizes its complexity was estimated with.</param>
    /// <param name="Complexity">That estimate.</param>
    /// <param name="HasVariables">Whether an operation declares variables (then the estimate is made for each request).</param>
    /// <param name="IsQuery">Whether the operation it runs is a query (so it passes the only-queries-over-GET rule).</param>
    internal sealed record Entry(GraphQLDocument Document, ListSizes Sizes, double Complexity, bool HasVariables, bool IsQuery)
    {
        /// <summary>
        /// The dataset version on which the document (without variables) last completed without errors: its analytics
        /// are then computed and kept on that version's snapshot.
        /// </summary>
        public string? CompletedOn { get; set; }

        /// <summary>The bytes of its last answer, when kept (a query without variables whose answer is small and depends on the snapshot alone).</summary>
        public KeptAnswer? Answer { get; set; }
    }

    /// <summary>An answer kept for repeats of the same query on the same version.</summary>
    /// <param name="Version">The dataset version it answers on.</param>
    /// <param name="Keyed">Whether the caller had an API key (what a caller is shown can depend on it).</param>
    /// <param name="Body">The response body.</param>
    internal sealed record KeptAnswer(string Version, bool Keyed, byte[] Body);
}
