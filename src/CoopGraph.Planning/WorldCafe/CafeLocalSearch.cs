using System.Diagnostics;

namespace CoopGraph.Planning.WorldCafe;

/// <summary>
/// Improves the greedy start plan before CP-SAT sees it (as its hint), by seeded simulated annealing over plans that
/// keep every hard rule. CP-SAT's own search on the seat model does not get far from its hint on Lima (172 from a
/// greedy 138 after 70 s); this search reaches 210–230 in a few seconds (docs/planning.md). Moves, each checked
/// against the hard rules: move an office to another open table of a round; swap two offices within a round; swap an
/// office's tables of two rounds; give a table a subject not open in its round. The objective is updated
/// incrementally. Deterministic: the same instance, start and seed give the same plan, as long as the move budget
/// (not the wall clock) ends it.
/// </summary>
internal sealed class CafeLocalSearch
{
    /// <summary>Work budget of a cycle: moves per chain are at most this divided by the offices.</summary>
    public const long WorkBudget = 64_000_000;

    /// <summary>
    /// Start and end temperatures, in objective points per unit of the largest weight (tuned on Lima with the default
    /// weights 2, 3, 4, 2: four seeds of 4 million moves each scored 208–228, mean 216, ending at 0.075; 222–225, mean
    /// 224, ending at 0.2), and the temperature a later cycle restarts from (0.5: restarts from the best plan at 0.35
    /// rarely left it, at 0.7 or 1.0 they ended below it; docs/planning.md).
    /// </summary>
    private const double Hot = 1.5, Cold = 0.2, Reheat = 0.5;

    /// <summary>Moves per seat (office × round): small instances need fewer.</summary>
    public const long MovesPerSeat = 50_000;

    /// <summary>
    /// The largest gain table kept (subjects × offices², 16 MiB of ints; M's 200 offices and 41 subjects: 1.6 million):
    /// the table grows with the square of the offices (1,000 offices and 201 subjects: 804 MB), so past this each
    /// gain is computed when a move needs it, which gives the same plans more slowly.
    /// </summary>
    public const long MaxGainTableEntries = 1 << 22;

    private readonly CafeInstance _x;
    private readonly int _n;
    private readonly int _m;
    private readonly int _rounds;

    // Flat arrays and precomputed weighted gains: with multi-dimensional arrays a move cost about 1.65 times as much CPU.

    /// <summary>_plan[a·rounds + r]: the subject of office a's table in round r.</summary>
    private readonly int[] _plan;

    /// <summary>_size[r·m + s]: offices at the table of s in round r (0: not open).</summary>
    private readonly int[] _size;

    /// <summary>_met[a·n + b]: rounds in which a and b share a table.</summary>
    private readonly int[] _met;

    /// <summary>
    /// _gain[(s·n + a)·n + b]: the encounter points of a and b at a table on s (weighted), shared by the chains; null
    /// above <see cref="MaxGainTableEntries"/>, where each gain is computed from the instance when needed.
    /// </summary>
    private readonly int[]? _gain;

    /// <summary>_interest[a·m + s]: the interest-seat points of a at a table on s (weighted).</summary>
    private readonly int[] _interest;

    /// <summary>The offices at each table: _members[(r·m + s)·n + 0.._size[r·m + s]), and each office's place in its list.</summary>
    private readonly int[] _members;
    private readonly int[] _place;

    private CafeLocalSearch(CafeInstance x, int[,] start, int[]? gain)
    {
        _x = x;
        (_n, _m, _rounds) = (x.OfficeCount, x.SubjectCount, x.Rounds);
        var w = x.Weights;
        _plan = new int[_n * _rounds];
        _size = new int[_rounds * _m];
        _met = new int[_n * _n];
        _members = new int[_rounds * _m * _n];
        _place = new int[_n * _rounds];
        _gain = gain;
        _interest = new int[_n * _m];
        for (var s = 0; s < _m; s++)
        {
            for (var a = 0; a < _n; a++)
            {
                _interest[(a * _m) + s] = x.Interested(a, s) ? w.InterestSeat : 0;
            }
        }

        for (var i = 0; i < _n; i++)
        {
            for (var r = 0; r < _rounds; r++)
            {
                _plan[(i * _rounds) + r] = start[i, r];
                Seat(i, r, start[i, r]);
            }
        }

        for (var a = 0; a < _n; a++)
        {
            for (var b = a + 1; b < _n; b++)
            {
                for (var r = 0; r < _rounds; r++)
                {
                    if (start[a, r] == start[b, r])
                    {
                        _met[(a * _n) + b]++;
                        _met[(b * _n) + a]++;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The best plan found from <paramref name="start"/> (never worse than it) in <paramref name="cycles"/> cycles of
    /// <paramref name="chains"/> annealing chains run side by side. The first cycle anneals from the start, from
    /// <see cref="Hot"/> to <see cref="Cold"/>; every later cycle restarts the chains from the best plan so far, reheated
    /// to <see cref="Reheat"/>. Chain c of cycle k is seeded <paramref name="seed"/> + 7919·c + 104729·k; the best plan
    /// of a cycle wins, the lowest chain on a tie, so the result does not depend on which thread finishes first. Also
    /// returns whether every chain's move budget ended it (true: reproducible) rather than <paramref name="deadline"/> or
    /// cancellation.
    /// </summary>
    public static (int[,] Plan, bool Complete) Improve(
        CafeInstance x, int[,] start, int seed, Stopwatch clock, TimeSpan deadline, CancellationToken cancellationToken, int chains = 1, long? moveBudget = null, int cycles = 1, long maxGainTableEntries = MaxGainTableEntries)
    {
        var w = x.Weights;
        var scale = Math.Max(Math.Max(w.InterestSeat, w.Encounter), Math.Max(w.RepeatedPair, w.Imbalance));
        if (scale == 0)
        {
            return (start, true);
        }

        // Lima (16 offices × 5 rounds): 4 million moves per chain and cycle (docs/planning.md).
        var moves = moveBudget ?? Math.Min(WorkBudget / Math.Max(16, x.OfficeCount), MovesPerSeat * x.OfficeCount * x.Rounds);
        var gain = GainTable(x, maxGainTableEntries);
        var results = new (int[,] Plan, bool Complete)[Math.Max(1, chains)];
        var best = start;
        var bestValue = CafeFigures.Of(x, start).Objective;
        for (var cycle = 0; cycle < Math.Max(1, cycles); cycle++)
        {
            var (from, hot, k) = (best, cycle == 0 ? Hot : Reheat, cycle);
            Parallel.For(
                0,
                results.Length,
                new ParallelOptions { MaxDegreeOfParallelism = results.Length },
                c => results[c] = new CafeLocalSearch(x, from, gain).Anneal(unchecked(seed + (7919 * c) + (104_729 * k)), moves, hot * scale, Cold * scale, clock, deadline, cancellationToken));
            foreach (var (plan, _) in results)
            {
                var value = CafeFigures.Of(x, plan).Objective;
                if (value > bestValue)
                {
                    (best, bestValue) = (plan, value);
                }
            }

            if (!results.All(r => r.Complete))
            {
                return (best, false);
            }
        }

        return (best, true);
    }

    private static int[]? GainTable(CafeInstance x, long maxEntries)
    {
        var (n, m) = (x.OfficeCount, x.SubjectCount);
        if ((long)m * n * n > maxEntries)
        {
            return null;
        }

        var gain = new int[m * n * n];
        for (var s = 0; s < m; s++)
        {
            for (var a = 0; a < n; a++)
            {
                for (var b = 0; b < n; b++)
                {
                    gain[(((s * n) + a) * n) + b] = x.Weights.Encounter * x.EncounterWeight(a, b, s);
                }
            }
        }

        return gain;
    }

    private int Gain(int at, int s, int a, int b) =>
        _gain is { } table ? table[at + b] : _x.Weights.Encounter * _x.EncounterWeight(a, b, s);

    private (int[,] Plan, bool Complete) Anneal(int seed, long moves, double hot, double cold, Stopwatch clock, TimeSpan deadline, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var best = (int[])_plan.Clone();
        long value = 0, bestValue = 0;
        var temperature = hot;
        var undo = new List<(int Office, int Round, int Subject)>(_x.Seats + 2);
        for (long move = 0; move < moves; move++)
        {
            if ((move & 0xFFFF) == 0 && (clock.Elapsed > deadline || cancellationToken.IsCancellationRequested))
            {
                return (Unflatten(best), false);
            }

            if ((move & 0x3FF) == 0)
            {
                temperature = hot * Math.Pow(cold / hot, (double)move / moves);
            }

            undo.Clear();
            long delta = 0;
            bool valid;
            int kind = random.Next(4), r = random.Next(_rounds), a = random.Next(_n), s = _plan[(a * _rounds) + r];
            if (kind == 0)
            {
                // Office a moves to another open table of round r.
                var t = random.Next(_m);
                if (t == s || _size[(r * _m) + t] == 0)
                {
                    continue;
                }

                delta += Move(undo, a, r, t);
                valid = Distinct(a) && RoundKeepsRules(r);
            }
            else if (kind == 1)
            {
                // Offices a and b swap tables in round r.
                var b = random.Next(_n);
                var t = _plan[(b * _rounds) + r];
                if (t == s)
                {
                    continue;
                }

                delta += Move(undo, a, r, t) + Move(undo, b, r, s);
                valid = Distinct(a) && Distinct(b);
            }
            else if (kind == 2)
            {
                // Office a swaps its subjects of rounds r and r2 (both tables stay open).
                var r2 = random.Next(_rounds);
                var t = _plan[(a * _rounds) + r2];
                if (r2 == r || _size[(r * _m) + t] == 0 || _size[(r2 * _m) + s] == 0)
                {
                    continue;
                }

                delta += Move(undo, a, r, t) + Move(undo, a, r2, s);
                valid = RoundKeepsRules(r) && RoundKeepsRules(r2);
            }
            else
            {
                // Office a's table in round r takes a subject not open in round r.
                var u = random.Next(_m);
                if (_size[(r * _m) + u] != 0)
                {
                    continue;
                }

                var table = (r * _m) + s;
                while (_size[table] > 0)
                {
                    delta += Move(undo, _members[(table * _n) + _size[table] - 1], r, u);
                }

                valid = undo.TrueForAll(m => Distinct(m.Office));
            }

            if (valid && (delta >= 0 || random.NextDouble() < Math.Exp(delta / temperature)))
            {
                value += delta;
                if (value > bestValue)
                {
                    bestValue = value;
                    Array.Copy(_plan, best, _plan.Length);
                }
            }
            else
            {
                for (var k = undo.Count - 1; k >= 0; k--)
                {
                    Move(null, undo[k].Office, undo[k].Round, undo[k].Subject);
                }
            }
        }

        return (Unflatten(best), true);
    }

    private int[,] Unflatten(int[] plan)
    {
        var result = new int[_n, _rounds];
        for (var i = 0; i < _n; i++)
        {
            for (var r = 0; r < _rounds; r++)
            {
                result[i, r] = plan[(i * _rounds) + r];
            }
        }

        return result;
    }

    /// <summary>Seats office <paramref name="a"/> at the table of <paramref name="t"/> in round <paramref name="r"/> (no rule checked); returns the change of the objective.</summary>
    /// <remarks>Only the offices at the two tables concerned are visited (a move used to scan every office).</remarks>
    private long Move(List<(int Office, int Round, int Subject)>? undo, int a, int r, int t)
    {
        var w = _x.Weights;
        var s = _plan[(a * _rounds) + r];
        undo?.Add((a, r, s));
        long delta = w.Imbalance * (long)Imbalance(r);
        delta += _interest[(a * _m) + t] - _interest[(a * _m) + s];
        Unseat(a, r, s);
        int repeat = w.RepeatedPair, row = a * _n;
        var from = ((r * _m) + s) * _n;
        var gains = ((s * _n) + a) * _n;
        for (var k = 0; k < _size[(r * _m) + s]; k++)
        {
            var b = _members[from + k];
            var met = _met[row + b];
            delta -= Gain(gains, s, a, b);
            delta += met >= 2 ? repeat : 0;
            _met[row + b] = _met[(b * _n) + a] = met - 1;
        }

        var to = ((r * _m) + t) * _n;
        gains = ((t * _n) + a) * _n;
        for (var k = 0; k < _size[(r * _m) + t]; k++)
        {
            var b = _members[to + k];
            var met = _met[row + b];
            delta += Gain(gains, t, a, b);
            delta -= met >= 1 ? repeat : 0;
            _met[row + b] = _met[(b * _n) + a] = met + 1;
        }

        Seat(a, r, t);
        _plan[(a * _rounds) + r] = t;
        return delta - (w.Imbalance * (long)Imbalance(r));
    }

    private void Seat(int a, int r, int t)
    {
        var table = (r * _m) + t;
        _members[(table * _n) + _size[table]] = a;
        _place[(a * _rounds) + r] = _size[table]++;
    }

    private void Unseat(int a, int r, int s)
    {
        var table = (r * _m) + s;
        var last = _members[(table * _n) + --_size[table]];
        _members[(table * _n) + _place[(a * _rounds) + r]] = last;
        _place[(last * _rounds) + r] = _place[(a * _rounds) + r];
    }

    private int Imbalance(int r)
    {
        int smallest = int.MaxValue, largest = 0;
        for (var s = r * _m; s < (r + 1) * _m; s++)
        {
            var size = _size[s];
            if (size > 0)
            {
                smallest = Math.Min(smallest, size);
                largest = Math.Max(largest, size);
            }
        }

        return largest - smallest;
    }

    /// <summary>No subject twice for office <paramref name="a"/>.</summary>
    private bool Distinct(int a)
    {
        var first = a * _rounds;
        for (var r = first; r < first + _rounds; r++)
        {
            for (var q = r + 1; q < first + _rounds; q++)
            {
                if (_plan[r] == _plan[q])
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Exactly Tables tables open in round <paramref name="r"/>, each seating 2..Seats offices.</summary>
    private bool RoundKeepsRules(int r)
    {
        var open = 0;
        for (var s = r * _m; s < (r + 1) * _m; s++)
        {
            var size = _size[s];
            if (size > 0)
            {
                open++;
                if (size < 2 || size > _x.Seats)
                {
                    return false;
                }
            }
        }

        return open == _x.Tables;
    }
}
