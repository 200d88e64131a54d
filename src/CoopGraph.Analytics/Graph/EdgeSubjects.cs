using System.Collections;

namespace CoopGraph.Analytics.Graph;

/// <summary>
/// The subjects of the support edge a → b (a offers, b requests), in subject order, merged from the two offices'
/// sorted rows each time the list is enumerated. A result that names millions of edges (reciprocal pairs at L) holds
/// two indices per edge instead of the subject ids.
/// </summary>
internal sealed class EdgeSubjects(NetworkSnapshot snapshot, int from, int to, int count) : IReadOnlyList<string>
{
    private string[]? _indexed;

    public int Count => count;

    // Indexing is rare (enumeration is how results are read); it keeps one copy so a loop over indices stays linear.
    public string this[int index] => (_indexed ??= [.. this])[index];

    public IEnumerator<string> GetEnumerator()
    {
        var s = snapshot;
        int i = s.OfficeOfferStart[from], j = s.OfficeRequestStart[to];
        while (i < s.OfficeOfferStart[from + 1] && j < s.OfficeRequestStart[to + 1])
        {
            var (offered, requested) = (s.OfficeOfferSubject[i], s.OfficeRequestSubject[j]);
            if (offered == requested)
            {
                yield return s.SubjectIds[offered];
            }

            i += offered <= requested ? 1 : 0;
            j += requested <= offered ? 1 : 0;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
