using Google.OrTools.LinearSolver;

namespace CoopGraph.Planning.WorldCafe;

/// <summary>
/// An upper bound on the World Café objective from the linear relaxation of a table-composition (column) formulation,
/// evaluated as a Lagrangian bound so that it is valid whatever the LP solver's precision (docs/planning.md, "The bound").
/// A column is a table: a subject and a group of 2..Seats offices, valued exactly (interest seats and encounters of
/// that group on that subject, minus a share of imbalance that every plan pays). Rounds are interchangeable, so the
/// columns are counted over all rounds: y[c] is how many rounds use table c (at most 1, as no office discusses a
/// subject twice).
/// </summary>
internal sealed class CafeColumnBound
{
    /// <summary>Above this many columns (subjects × groups) the bound is not computed.</summary>
    public const long MaxColumns = 250_000;

    private readonly CafeInstance _x;
    private readonly List<int[]> _groups = [];
    private readonly List<int> _subject = [];
    private readonly List<double> _value = [];

    private CafeColumnBound(CafeInstance x, bool penaltyFloor)
    {
        _x = x;
        PenaltyFloor = penaltyFloor && x.Weights.RepeatedPair > 0 && x.Rounds > 1 ? CafePenaltyFloor.Of(x) : 0;
    }

    /// <summary>The least penalty any plan pays (<see cref="CafePenaltyFloor"/>), a row of the LP; 0 when left out.</summary>
    public double PenaltyFloor { get; }

    /// <summary>The columns (subject, offices) the bound was computed over, with their values.</summary>
    public int ColumnCount => _groups.Count;

    /// <summary>The bound, rounded down to an integer (the objective is an integer); null when the instance is too large.</summary>
    public long? Bound { get; private set; }

    /// <summary>The LP optimum as the LP solver reported it (for the record; <see cref="Bound"/> does not trust it).</summary>
    public double LpValue { get; private set; }

    /// <summary>Reduced cost of each column at the LP's duals (≤ 0 for columns an optimal LP would not use).</summary>
    public double[] ReducedCosts { get; private set; } = [];

    public IReadOnlyList<int[]> Groups => _groups;

    public IReadOnlyList<int> Subjects => _subject;

    public static long ColumnsOf(CafeInstance x)
    {
        long groups = 0;
        for (var k = 2; k <= Math.Min(x.Seats, x.OfficeCount); k++)
        {
            groups += Choose(x.OfficeCount, k);
            if (groups * x.SubjectCount > MaxColumns)
            {
                return long.MaxValue;
            }
        }

        return groups * x.SubjectCount;
    }

    public static CafeColumnBound Compute(CafeInstance x, int[,]? start, TimeSpan budget, CancellationToken cancellationToken, bool penaltyFloor = true)
    {
        var result = new CafeColumnBound(x, penaltyFloor);
        if (ColumnsOf(x) > MaxColumns)
        {
            return result;
        }

        // Cancellation ends the computation between pricing passes, keeping the bound of the passes done (valid).
        result.Enumerate();
        if (!cancellationToken.IsCancellationRequested)
        {
            result.Solve(start, budget, cancellationToken);
        }

        return result;
    }

    /// <summary>The exact value of a table of <paramref name="group"/> on <paramref name="s"/>, less the imbalance share.</summary>
    public double ValueOf(int[] group, int s)
    {
        var w = _x.Weights;
        long value = 0;
        foreach (var i in group)
        {
            value += _x.Interested(i, s) ? w.InterestSeat : 0;
        }

        for (var a = 0; a < group.Length; a++)
        {
            for (var b = a + 1; b < group.Length; b++)
            {
                value += (long)w.Encounter * _x.EncounterWeight(group[a], group[b], s);
            }
        }

        return value - (w.Imbalance * ImbalanceShare(group.Length));
    }

    /// <summary>
    /// A round's imbalance (largest − smallest table) is at least 2/T · Σ_tables |size − n/T| (the mean absolute
    /// deviation of T numbers is at most half their range), so each table carries 2/T · |size − n/T| of it.
    /// </summary>
    private double ImbalanceShare(int size) => CafePenaltyFloor.Share(_x, size);

    private void Enumerate()
    {
        int n = _x.OfficeCount, seats = Math.Min(_x.Seats, n);
        var group = new int[seats];
        void Extend(int depth, int from)
        {
            if (depth >= 2)
            {
                var g = group[..depth];
                for (var s = 0; s < _x.SubjectCount; s++)
                {
                    _groups.Add(g);
                    _subject.Add(s);
                    _value.Add(ValueOf(g, s));
                }
            }

            if (depth == seats)
            {
                return;
            }

            for (var i = from; i < n; i++)
            {
                group[depth] = i;
                Extend(depth + 1, i + 1);
            }
        }

        Extend(0, 0);
    }

    private int PairIndex(int a, int b) => (a * _x.OfficeCount) - (a * (a + 1) / 2) + (b - a - 1);

    /// <summary>Columns added to the LP per pricing pass (those with the largest reduced cost).</summary>
    private const int ColumnsPerPass = 300;

    /// <summary>
    /// Column generation: the LP starts from the tables of <paramref name="start"/> (a feasible plan, so the LP is
    /// feasible) and every pricing pass evaluates every column's reduced cost at the current duals, adds the best, and
    /// updates the Lagrangian bound, which is valid after every pass; it stops when no column prices out or time is up.
    /// </summary>
    private void Solve(int[,]? start, TimeSpan budget, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int n = _x.OfficeCount, m = _x.SubjectCount, rounds = _x.Rounds;
        var pairs = n * (n - 1) / 2;
        using var lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools GLOP is not available");
        var seat = new Constraint[n];
        var once = new Constraint[n, m];
        var perSubject = new Constraint[m];
        var meet = new Constraint[pairs];
        for (var i = 0; i < n; i++)
        {
            seat[i] = lp.MakeConstraint(rounds, rounds, $"seat_{i}");
            for (var s = 0; s < m; s++)
            {
                once[i, s] = lp.MakeConstraint(double.NegativeInfinity, 1, $"once_{i}_{s}");
            }
        }

        for (var s = 0; s < m; s++)
        {
            perSubject[s] = lp.MakeConstraint(double.NegativeInfinity, rounds, $"subject_{s}");
        }

        var tables = lp.MakeConstraint(rounds * _x.Tables, rounds * _x.Tables, "tables");
        var objective = lp.Objective();
        objective.SetMaximization();

        // The penalty floor: RepeatedPair·Σ rep + Imbalance·Σ share·y ≥ floor, written as a ≤ row (negated) so that its
        // multiplier is ≥ 0 like the other ≤ rows'.
        var penalty = lp.MakeConstraint(double.NegativeInfinity, -PenaltyFloor, "penalty");

        // Without a repeat penalty a pair may meet every round; with one, the meetings after the first are repeats.
        var repeatWeight = _x.Weights.RepeatedPair > 0 && rounds > 1 ? _x.Weights.RepeatedPair : 0;
        var meetLimit = repeatWeight > 0 ? 1 : rounds;
        for (var p = 0; p < pairs; p++)
        {
            meet[p] = lp.MakeConstraint(double.NegativeInfinity, meetLimit, $"meet_{p}");
            if (repeatWeight > 0)
            {
                var repeat = lp.MakeNumVar(0, rounds - 1, $"rep_{p}");
                meet[p].SetCoefficient(repeat, -1);
                penalty.SetCoefficient(repeat, -repeatWeight);
                objective.SetCoefficient(repeat, -repeatWeight);
            }
        }

        var inLp = new bool[_groups.Count];
        void Add(int c)
        {
            inLp[c] = true;
            var g = _groups[c];
            var s = _subject[c];
            var y = lp.MakeNumVar(0, 1, "");
            objective.SetCoefficient(y, _value[c]);
            perSubject[s].SetCoefficient(y, 1);
            tables.SetCoefficient(y, 1);
            penalty.SetCoefficient(y, -_x.Weights.Imbalance * ImbalanceShare(g.Length));
            for (var a = 0; a < g.Length; a++)
            {
                seat[g[a]].SetCoefficient(y, 1);
                once[g[a], s].SetCoefficient(y, 1);
                for (var b = a + 1; b < g.Length; b++)
                {
                    meet[PairIndex(g[a], g[b])].SetCoefficient(y, 1);
                }
            }
        }

        var first = start is null ? Enumerable.Range(0, _groups.Count) : StartColumns(start);
        foreach (var c in first)
        {
            Add(c);
        }

        var seatDual = new double[n];
        var onceDual = new double[n, m];
        var subjectDual = new double[m];
        var meetDual = new double[pairs];
        ReducedCosts = new double[_groups.Count];
        while (true)
        {
            Passes++;
            if (lp.Solve() != Solver.ResultStatus.OPTIMAL)
            {
                return;
            }

            LpValue = objective.Value();

            // The Lagrangian bound at the LP's duals: any multipliers (≥ 0 on ≤ rows, free on = rows) give the upper
            // bound Σ rhs·π + Σ_columns max(0, value − π·column) + Σ_pairs (rounds − 1)·max(0, π_pair − repeat weight),
            // whether or not the LP is optimal over every column, and whatever the LP solver's rounding.
            var tableDual = tables.DualValue();
            var penaltyDual = Math.Max(0, penalty.DualValue());
            double bound = (rounds * _x.Tables * tableDual) - (PenaltyFloor * penaltyDual);
            for (var i = 0; i < n; i++)
            {
                seatDual[i] = seat[i].DualValue();
                bound += rounds * seatDual[i];
                for (var s = 0; s < m; s++)
                {
                    onceDual[i, s] = Math.Max(0, once[i, s].DualValue());
                    bound += onceDual[i, s];
                }
            }

            for (var s = 0; s < m; s++)
            {
                subjectDual[s] = Math.Max(0, perSubject[s].DualValue());
                bound += rounds * subjectDual[s];
            }

            for (var p = 0; p < pairs; p++)
            {
                meetDual[p] = Math.Max(0, meet[p].DualValue());
                bound += meetLimit * meetDual[p];
                if (repeatWeight > 0)
                {
                    bound += (rounds - 1) * Math.Max(0, meetDual[p] - repeatWeight + (penaltyDual * repeatWeight));
                }
            }

            var entering = new List<int>();
            for (var c = 0; c < _groups.Count; c++)
            {
                var g = _groups[c];
                var s = _subject[c];
                var price = tableDual + subjectDual[s] - (penaltyDual * _x.Weights.Imbalance * ImbalanceShare(g.Length));
                for (var a = 0; a < g.Length; a++)
                {
                    price += seatDual[g[a]] + onceDual[g[a], s];
                    for (var b = a + 1; b < g.Length; b++)
                    {
                        price += meetDual[PairIndex(g[a], g[b])];
                    }
                }

                ReducedCosts[c] = _value[c] - price;
                bound += Math.Max(0, ReducedCosts[c]);
                if (ReducedCosts[c] > 1e-7 && !inLp[c])
                {
                    entering.Add(c);
                }
            }

            var rounded = (long)Math.Floor(bound + 1e-6);
            Bound = Bound is { } best ? Math.Min(best, rounded) : rounded;
            if (entering.Count == 0 || clock.Elapsed > budget || cancellationToken.IsCancellationRequested)
            {
                return;
            }

            foreach (var c in entering.OrderByDescending(c => ReducedCosts[c]).Take(ColumnsPerPass))
            {
                Add(c);
            }
        }
    }

    /// <summary>Pricing passes run.</summary>
    public int Passes { get; private set; }

    public IEnumerable<int> StartColumns(int[,] plan)
    {
        var index = new Dictionary<(string, int), int>();
        for (var c = 0; c < _groups.Count; c++)
        {
            index[(string.Join(',', _groups[c]), _subject[c])] = c;
        }

        for (var r = 0; r < _x.Rounds; r++)
        {
            for (var s = 0; s < _x.SubjectCount; s++)
            {
                var rr = r;
                var ss = s;
                var group = Enumerable.Range(0, _x.OfficeCount).Where(i => plan[i, rr] == ss).ToArray();
                if (index.TryGetValue((string.Join(',', group), s), out var c))
                {
                    yield return c;
                }
            }
        }
    }

    private static long Choose(int n, int k)
    {
        long result = 1;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return result;
    }
}
