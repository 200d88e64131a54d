namespace CoopGraph.Planning.WorldCafe;

/// <summary>
/// A quick constructive plan handed to CP-SAT as its starting hint (CP-SAT then improves it and proves the bound):
/// round by round, open the subjects with the most interested offices still to visit them, seat offices one at a time
/// where they add the most to the objective, keeping tables balanced; then swap pairs of offices between tables of a
/// round while that improves the objective. Deterministic.
/// </summary>
internal static class GreedyCafePlan
{
    private const int SwapPasses = 20;

    /// <summary>Open-table sets tried per round, best-ranked first, before giving up on a hint.</summary>
    private const int OpenSetAttempts = 200;

    /// <summary>Above this many offices the swap passes (each O(n⁴·rounds²)) are skipped: CP-SAT's own search takes over.</summary>
    private const int SwapOfficeLimit = 40;

    public static int[,]? Build(CafeInstance x)
    {
        int n = x.OfficeCount, m = x.SubjectCount, rounds = x.Rounds;
        var plan = new int[n, rounds];
        var seen = new bool[n, m];
        var met = new int[n, n];
        var largest = (n + x.Tables - 1) / x.Tables;
        for (var r = 0; r < rounds; r++)
        {
            var ranked = Enumerable.Range(0, m)
                .OrderByDescending(s => Enumerable.Range(0, n).Count(i => !seen[i, s] && x.Interested(i, s)))
                .ThenByDescending(s => Enumerable.Range(0, n).Count(i => !seen[i, s]))
                .ThenBy(s => s)
                .ToArray();
            Dictionary<int, List<int>>? seated = null;
            foreach (var open in Combinations(ranked, x.Tables).Take(OpenSetAttempts))
            {
                seated = Seat(x, open, seen, met, rounds - r - 1);
                if (seated is not null)
                {
                    break;
                }
            }

            if (seated is null)
            {
                return null;
            }

            foreach (var (s, table) in seated)
            {
                foreach (var i in table)
                {
                    foreach (var j in table)
                    {
                        met[i, j] += i != j ? 1 : 0;
                    }

                    seen[i, s] = true;
                    plan[i, r] = s;
                }
            }
        }

        if (n <= SwapOfficeLimit)
        {
            Improve(x, plan);
        }

        return plan;
    }

    /// <summary>Seats one round at the <paramref name="open"/> tables, or null when some office has nowhere to go.</summary>
    private static Dictionary<int, List<int>>? Seat(CafeInstance x, int[] open, bool[,] seen, int[,] met, int roundsLeft)
    {
        var n = x.OfficeCount;
        var capacity = Math.Min(x.Seats, (n + x.Tables - 1) / x.Tables);
        var seated = open.ToDictionary(s => s, _ => new List<int>());
        var order = Enumerable.Range(0, n).OrderBy(i => open.Count(s => !seen[i, s])).ThenBy(i => i).ToArray();
        foreach (var i in order)
        {
            var best = -1;
            var bestGain = long.MinValue;
            foreach (var s in open)
            {
                if (seen[i, s] || seated[s].Count >= capacity)
                {
                    continue;
                }

                var gain = Gain(x, i, s, seated[s], met);
                if (gain > bestGain)
                {
                    bestGain = gain;
                    best = s;
                }
            }

            if (best < 0)
            {
                return null;
            }

            seated[best].Add(i);
        }

        // Every office must still find an unseen subject in each later round.
        var unseenAfter = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, x.SubjectCount).Count(s => !seen[i, s] && !seated.Any(t => t.Key == s && t.Value.Contains(i))));
        return seated.Values.Any(t => t.Count < 2) || unseenAfter.Any(u => u < roundsLeft) ? null : seated;
    }

    private static IEnumerable<int[]> Combinations(int[] items, int k)
    {
        var index = Enumerable.Range(0, k).ToArray();
        while (true)
        {
            yield return [.. index.Select(i => items[i])];
            var p = k - 1;
            while (p >= 0 && index[p] == items.Length - k + p)
            {
                p--;
            }

            if (p < 0)
            {
                yield break;
            }

            index[p]++;
            for (var q = p + 1; q < k; q++)
            {
                index[q] = index[q - 1] + 1;
            }
        }
    }

    private static long Gain(CafeInstance x, int i, int s, List<int> table, int[,] met)
    {
        var w = x.Weights;
        long gain = x.Interested(i, s) ? w.InterestSeat : 0;
        foreach (var j in table)
        {
            gain += (long)w.Encounter * x.EncounterWeight(i, j, s);
            gain -= met[i, j] > 0 ? w.RepeatedPair : 0;
        }

        return gain;
    }

    /// <summary>Swaps two offices between tables of one round while the objective improves.</summary>
    private static void Improve(CafeInstance x, int[,] plan)
    {
        int n = x.OfficeCount, rounds = x.Rounds;
        var score = CafeFigures.Of(x, plan).Objective;
        for (var pass = 0; pass < SwapPasses; pass++)
        {
            var improved = false;
            for (var r = 0; r < rounds; r++)
            {
                for (var a = 0; a < n; a++)
                {
                    for (var b = a + 1; b < n; b++)
                    {
                        int sa = plan[a, r], sb = plan[b, r];
                        if (sa == sb || Visits(plan, a, sb, rounds) || Visits(plan, b, sa, rounds))
                        {
                            continue;
                        }

                        plan[a, r] = sb;
                        plan[b, r] = sa;
                        var next = CafeFigures.Of(x, plan).Objective;
                        if (next > score)
                        {
                            score = next;
                            improved = true;
                        }
                        else
                        {
                            plan[a, r] = sa;
                            plan[b, r] = sb;
                        }
                    }
                }
            }

            if (!improved)
            {
                break;
            }
        }
    }

    private static bool Visits(int[,] plan, int office, int subject, int rounds)
    {
        for (var r = 0; r < rounds; r++)
        {
            if (plan[office, r] == subject)
            {
                return true;
            }
        }

        return false;
    }
}
