namespace CoopGraph.Analytics.Centrality;

/// <summary>
/// Betweenness estimated by shortest-path sampling (Riondato &amp; Kornaropoulos, "Fast approximation of betweenness
/// centrality through sampling", WSDM 2014): draw r ordered pairs (u, v) uniformly, pick one shortest u → v path
/// uniformly among all of them, add 1/r to each office inside it. With r = ⌈(c/ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉,
/// c = 0.5 and VD ≥ the vertex diameter (we take n, always safe), every office's estimate is within ε of its
/// betweenness normalised by n(n−1) pairs, all at once, with probability at least 1 − δ. NetworkX normalises by
/// (n−1)(n−2) (pairs without v), so estimates and ε are scaled by n/(n−2).
/// Paths are sampled on the bipartite graph: a breadth-first search from u (each subject expanded once) stops when it
/// reaches v; path counts σ are computed only for the offices behind v, memoised, and the path is drawn backwards.
/// </summary>
internal sealed class BetweennessSampler
{
    public const double Epsilon = 0.01;
    public const double Delta = 0.1;

    private readonly NetworkSnapshot _s;
    private readonly int[] _level;
    private readonly int[] _seen;
    private readonly int[] _subjectSeen;
    private readonly int[] _queue;
    private readonly double[] _sigma;
    private readonly int[] _sigmaDone;
    private readonly int[] _stamp;
    private int _epoch;
    private int _token;

    private BetweennessSampler(NetworkSnapshot s)
    {
        _s = s;
        var n = s.OfficeCount;
        (_level, _seen, _queue, _sigma, _sigmaDone, _stamp) = (new int[n], new int[n], new int[n], new double[n], new int[n], new int[n]);
        _subjectSeen = new int[s.SubjectCount];
    }

    /// <summary>Samples needed for ±<paramref name="epsilon"/> (pairs normalisation) with probability 1 − <paramref name="delta"/>.</summary>
    public static int SampleSize(int offices, double epsilon, double delta) =>
        (int)Math.Ceiling(0.5 / (epsilon * epsilon) * (Math.Floor(Math.Log2(Math.Max(2, offices - 2))) + 1 + Math.Log(1 / delta)));

    /// <summary>Estimated betweenness (NetworkX normalisation), the bound ε on that scale, and the sample size.</summary>
    public static (double[] Betweenness, double Epsilon, int Samples) Estimate(NetworkSnapshot s, double epsilon, double delta, int seed)
    {
        var n = s.OfficeCount;
        var result = new double[n];
        if (n <= 2)
        {
            return (result, 0, 0);
        }

        var samples = SampleSize(n, epsilon, delta);
        var sampler = new BetweennessSampler(s);
        var rng = new Random(seed);
        var scale = n / (double)(n - 2) / samples;
        for (var i = 0; i < samples; i++)
        {
            var u = rng.Next(n);
            var v = rng.Next(n - 1);
            v += v >= u ? 1 : 0;
            sampler.SamplePath(u, v, rng, result, scale);
        }

        return (result, epsilon * n / (n - 2), samples);
    }

    private void SamplePath(int u, int v, Random rng, double[] result, double weight)
    {
        if (!Search(u, v))
        {
            return;
        }

        _token++;
        for (var x = v; _level[x] > 1;)
        {
            // Predecessors of x: offices one level closer to u that offer something x requests (distinct).
            var preds = Predecessors(x);
            var total = 0.0;
            foreach (var p in preds)
            {
                total += Sigma(p);
            }

            var pick = rng.NextDouble() * total;
            var chosen = preds[^1];
            foreach (var p in preds)
            {
                pick -= _sigma[p];
                if (pick < 0)
                {
                    chosen = p;
                    break;
                }
            }

            result[chosen] += weight;
            x = chosen;
        }
    }

    /// <summary>Breadth-first levels from u until v is reached; false if it is not.</summary>
    private bool Search(int u, int v)
    {
        var s = _s;
        _epoch++;
        _seen[u] = _epoch;
        _level[u] = 0;
        _queue[0] = u;
        int head = 0, tail = 1;
        while (head < tail)
        {
            var a = _queue[head++];
            for (var k = s.OfficeOfferStart[a]; k < s.OfficeOfferStart[a + 1]; k++)
            {
                var subject = s.OfficeOfferSubject[k];
                if (_subjectSeen[subject] == _epoch)
                {
                    continue;
                }

                _subjectSeen[subject] = _epoch;
                for (var r = s.RequestStart(subject); r < s.RequestEnd(subject); r++)
                {
                    var b = s.RequestOffice[r];
                    if (_seen[b] != _epoch)
                    {
                        _seen[b] = _epoch;
                        _level[b] = _level[a] + 1;
                        if (b == v)
                        {
                            return true;
                        }

                        _queue[tail++] = b;
                    }
                }
            }
        }

        return false;
    }

    private List<int> Predecessors(int x)
    {
        var s = _s;
        var preds = new List<int>();
        var token = ++_token;
        for (var k = s.OfficeRequestStart[x]; k < s.OfficeRequestStart[x + 1]; k++)
        {
            var subject = s.OfficeRequestSubject[k];
            for (var o = s.OfferStart(subject); o < s.OfferEnd(subject); o++)
            {
                var p = s.OfferOffice[o];
                if (_seen[p] == _epoch && _level[p] == _level[x] - 1 && _stamp[p] != token)
                {
                    _stamp[p] = token;
                    preds.Add(p);
                }
            }
        }

        return preds;
    }

    /// <summary>Shortest paths from u to p (memoised for this sample's search); levels 0 and 1 have exactly one.</summary>
    private double Sigma(int p)
    {
        if (_level[p] <= 1)
        {
            return _sigma[p] = 1;
        }

        if (_sigmaDone[p] == _epoch)
        {
            return _sigma[p];
        }

        var sum = 0.0;
        foreach (var q in Predecessors(p))
        {
            sum += Sigma(q);
        }

        _sigmaDone[p] = _epoch;
        return _sigma[p] = sum;
    }
}
