using System.Collections;

namespace CoopGraph.Analytics.Graph;

/// <summary>
/// A list produced the first time someone reads it. Evidence carries the support edges this way: at L they are 20M
/// edges with their subjects (gigabytes as objects), and a report that summarises them must not pay for them.
/// </summary>
internal sealed class DeferredList<T>(Func<IReadOnlyList<T>> produce) : IReadOnlyList<T>
{
    private readonly Lazy<IReadOnlyList<T>> _items = new(produce);

    /// <summary>Whether the list has been produced.</summary>
    public bool IsProduced => _items.IsValueCreated;

    public int Count => _items.Value.Count;

    public T this[int index] => _items.Value[index];

    public IEnumerator<T> GetEnumerator() => _items.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
