using System.Collections;

namespace CoopGraph.Analytics.Isolation;

/// <summary>
/// The supporters (offerers of what an office requests) or the supported (requesters of what it offers) of one office,
/// read off the bipartite graph each time the list is enumerated, in code order. Nothing is kept: at L every office has
/// thousands of partners (41M codes in all), and the report writes them one office at a time.
/// </summary>
internal sealed class OfficeNeighbours(NetworkSnapshot snapshot, int office, bool supporters, int count) : IReadOnlyList<string>
{
    private string[]? _indexed;

    public int Count => count;

    // Indexing is rare (enumeration is how results are read); it keeps one copy so a loop over indices stays linear.
    public string this[int index] => (_indexed ??= [.. this])[index];

    public IEnumerator<string> GetEnumerator()
    {
        var s = snapshot;
        var mark = new bool[s.OfficeCount];
        var (start, subjects) = supporters ? (s.OfficeRequestStart, s.OfficeRequestSubject) : (s.OfficeOfferStart, s.OfficeOfferSubject);
        var others = supporters ? s.OfferOffice : s.RequestOffice;
        for (var k = start[office]; k < start[office + 1]; k++)
        {
            var subject = subjects[k];
            var (lo, hi) = supporters ? (s.OfferStart(subject), s.OfferEnd(subject)) : (s.RequestStart(subject), s.RequestEnd(subject));
            for (var i = lo; i < hi; i++)
            {
                mark[others[i]] = true;
            }
        }

        mark[office] = false;
        for (var v = 0; v < mark.Length; v++)
        {
            if (mark[v])
            {
                yield return s.OfficeCodes[v];
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
