using System.Diagnostics;
using Google.OrTools.Sat;

namespace CoopGraph.Planning.WorldCafe;

/// <summary>
/// The World Café as a CP-SAT model. A round has one table per subject discussed (one facilitator per subject), so a
/// table is the pair (round, subject) and a plan is w[office, round, subject]. Hard rules: one table per office and
/// round; at most one table per subject and round; exactly <c>Tables</c> tables open per round, each seating 2..Seats
/// offices; no office discusses a subject twice. Objective: see <see cref="WorldCafeWeights"/>.
/// </summary>
internal sealed class CafeModel
{
    private readonly CafeInstance _x;
    private readonly CpModel _model = new();
    private readonly BoolVar[,,] _w;
    private readonly Dictionary<(int A, int B, int R), List<BoolVar>> _together = [];

    /// <summary>Every auxiliary variable with its value in a given plan, so a hint is a complete solution.</summary>
    private readonly List<(IntVar Var, Func<int[,], long> Value)> _derived = [];

    private CafeModel(CafeInstance instance)
    {
        _x = instance;
        int n = instance.OfficeCount, rounds = instance.Rounds, m = instance.SubjectCount;
        _w = new BoolVar[n, rounds, m];
        for (var i = 0; i < n; i++)
        {
            for (var r = 0; r < rounds; r++)
            {
                for (var s = 0; s < m; s++)
                {
                    _w[i, r, s] = _model.NewBoolVar($"w_{i}_{r}_{s}");
                }
            }
        }
    }

    /// <summary>The share of the time limit the local search may take before CP-SAT starts.</summary>
    public const double LocalSearchShare = 0.6;

    /// <summary>Seconds of the time limit per default search cycle, and the most cycles by default (docs/planning.md).</summary>
    public const double SecondsPerSearchCycle = 4;

    public const int MaxDefaultSearchCycles = 5;

    /// <summary>The search's cycles: <see cref="WorldCafeOptions.SearchCycles"/>, or one per 4 s of the limit, 1 to 5.</summary>
    public static int SearchCycles(WorldCafeOptions options) =>
        options.SearchCycles ?? Math.Clamp((int)(options.TimeLimitSeconds / SecondsPerSearchCycle), 1, MaxDefaultSearchCycles);

    /// <summary>
    /// CP-SAT's work limit: <see cref="WorldCafeOptions.WorkLimit"/>, or 0.2 units per second of its share of the limit.
    /// From the option, not from the time the search left: a budget that depended on the clock would not be reproducible.
    /// </summary>
    public static double WorkLimit(WorldCafeOptions options) =>
        options.WorkLimit ?? (options.TimeLimitSeconds * (1 - LocalSearchShare) * SolverSettings.DeterministicPerSecond);

    /// <summary>CP-SAT subsolvers interleaved in deterministic batches when more than one worker is asked for.</summary>
    public const int InterleavedSubsolvers = 8;

    /// <summary>Whether repeats are modelled for every pair of offices, or only for pairs that can have an encounter.</summary>
    public bool AllPairs { get; private set; }

    /// <summary>
    /// Builds and solves within <paramref name="options"/>' time limit, counted from <paramref name="started"/>. When
    /// CP-SAT finds no plan in time, the greedy start plan is returned with CP-SAT's bound (<c>FromStart</c> true).
    /// </summary>
    public static (int[,]? Plan, SolverReport Report, bool AllPairs, bool FromStart) Solve(
        CafeInstance instance, WorldCafeOptions options, Stopwatch started, CancellationToken cancellationToken)
    {
        var model = new CafeModel(instance);
        model.Build();
        var start = GreedyCafePlan.Build(instance);

        // CP-SAT's own bound on this model stays far above the best plans (the LP of its pair terms is weak); the LP of
        // whole tables is much tighter (docs/planning.md, "The bound"). It starts at once, from the greedy plan's tables,
        // and runs beside the search and CP-SAT (so neither loses time to it, and on a loaded machine it still has the
        // whole time limit to finish); it stops at the caller's deadline with the bound of the passes it finished.
        using var boundStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var tableStart = start;
        var tableBoundTask = Task.Run(
            () => CafeColumnBound.Compute(instance, tableStart, TimeSpan.FromSeconds(options.TimeLimitSeconds), boundStop.Token),
            CancellationToken.None);
        var searchComplete = true;
        if (start is not null)
        {
            // CP-SAT's search barely moves from the greedy start (172 on Lima); an annealed start scores far more.
            // One chain per worker, a fixed number of moves per cycle; it may use up to 60 % of the time limit; past that
            // it stops early (and the plan is not reproducible).
            (start, searchComplete) = CafeLocalSearch.Improve(
                instance, start, options.Seed, started, TimeSpan.FromSeconds(options.TimeLimitSeconds * LocalSearchShare), cancellationToken, chains: options.Workers, cycles: SearchCycles(options));
        }

        model.Hint(start);
        cancellationToken.ThrowIfCancellationRequested();
        var timeLimitSeconds = Math.Max(0.1, options.TimeLimitSeconds - started.Elapsed.TotalSeconds);
        // Interleaved search with two subsolvers runs no large-neighbourhood search and never improved the greedy start
        // on Lima (objective 138); eight interleaved subsolvers (still deterministic) reach 172 (docs/planning.md).
        var (seed, workers) = (options.Seed, options.Workers > 1 ? Math.Max(options.Workers, InterleavedSubsolvers) : 1);
        var solver = SolverSettings.Create(timeLimitSeconds, WorkLimit(options), workers, seed, model._model.Model.Variables.Count > SolverSettings.LargeModelVariables);
        var clock = Stopwatch.StartNew();
        CpSolverStatus status;
        using (cancellationToken.Register(solver.StopSearch))
        {
            status = solver.Solve(model._model);
        }

        clock.Stop();
        cancellationToken.ThrowIfCancellationRequested();
        var report = SolverSettings.Report(solver, status, model._model, timeLimitSeconds, workers, seed, clock.Elapsed.TotalSeconds);
        report = report with { Reproducible = report.Reproducible && searchComplete };
        var rest = TimeSpan.FromSeconds(Math.Max(0, options.TimeLimitSeconds - started.Elapsed.TotalSeconds));
        if (status == CpSolverStatus.Optimal || !tableBoundTask.Wait(rest, CancellationToken.None))
        {
            boundStop.Cancel();
        }

        var tableBound = tableBoundTask.GetAwaiter().GetResult();
        if (tableBound.Bound is { } lpBound && (report.Bound is null || lpBound < report.Bound))
        {
            report = report with { Bound = lpBound, BoundSource = "TABLE_LP" };
        }

        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return (start, report, model.AllPairs, true);
        }

        var plan = new int[instance.OfficeCount, instance.Rounds];
        for (var i = 0; i < instance.OfficeCount; i++)
        {
            for (var r = 0; r < instance.Rounds; r++)
            {
                for (var s = 0; s < instance.SubjectCount; s++)
                {
                    if (solver.BooleanValue(model._w[i, r, s]))
                    {
                        plan[i, r] = s;
                    }
                }
            }
        }

        // CP-SAT starts from the hint, but on a large instance its model counts only repeated encounters, so its plan can
        // score less on the figures than the start: then the start is returned.
        if (start is not null && CafeFigures.Of(instance, start).Objective > CafeFigures.Of(instance, plan).Objective)
        {
            return (start, report, model.AllPairs, true);
        }

        return (plan, report, model.AllPairs, false);
    }

    /// <summary>Starts the search from <paramref name="plan"/>, its rounds reordered to meet the symmetry breaking.</summary>
    private void Hint(int[,]? plan)
    {
        if (plan is null)
        {
            return;
        }

        var order = Enumerable.Range(0, _x.Rounds).OrderBy(r => plan[0, r]).ToArray();
        var sorted = new int[_x.OfficeCount, _x.Rounds];
        for (var i = 0; i < _x.OfficeCount; i++)
        {
            for (var r = 0; r < _x.Rounds; r++)
            {
                sorted[i, r] = plan[i, order[r]];
                for (var s = 0; s < _x.SubjectCount; s++)
                {
                    _model.AddHint(_w[i, r, s], sorted[i, r] == s ? 1 : 0);
                }
            }
        }

        foreach (var (v, value) in _derived)
        {
            _model.AddHint(v, value(sorted));
        }
    }

    private void Build()
    {
        int n = _x.OfficeCount, rounds = _x.Rounds, m = _x.SubjectCount, seats = _x.Seats;
        var weights = _x.Weights;
        var objective = LinearExpr.NewBuilder();

        for (var i = 0; i < n; i++)
        {
            for (var r = 0; r < rounds; r++)
            {
                _model.AddExactlyOne(Enumerable.Range(0, m).Select(s => (ILiteral)_w[i, r, s]));
            }

            for (var s = 0; s < m; s++)
            {
                _model.AddAtMostOne(Enumerable.Range(0, rounds).Select(r => (ILiteral)_w[i, r, s]));
                if (_x.Interested(i, s))
                {
                    for (var r = 0; r < rounds; r++)
                    {
                        objective.AddTerm(_w[i, r, s], weights.InterestSeat);
                    }
                }
            }
        }

        // Tables: open[r, s] when subject s has a table in round r; exactly Tables open, 2..Seats offices each.
        var open = new BoolVar[rounds, m];
        var size = new LinearExpr[rounds, m];
        for (var r = 0; r < rounds; r++)
        {
            var largest = _model.NewIntVar((n + _x.Tables - 1) / _x.Tables, seats, $"max_{r}");
            var smallest = _model.NewIntVar(2, n / _x.Tables, $"min_{r}");
            var round0 = r;
            _derived.Add((largest, plan => Sizes(plan, round0).Where(z => z > 0).Max()));
            _derived.Add((smallest, plan => Sizes(plan, round0).Where(z => z > 0).Min()));
            for (var s = 0; s < m; s++)
            {
                open[r, s] = _model.NewBoolVar($"open_{r}_{s}");
                var rr = r;
                var ss = s;
                _derived.Add((open[r, s], plan => Sizes(plan, rr)[ss] > 0 ? 1 : 0));
                size[r, s] = LinearExpr.Sum(Enumerable.Range(0, n).Select(i => _w[i, rr, ss]));
                _model.Add(size[r, s] <= seats * open[r, s]);
                _model.Add(size[r, s] >= 2 * open[r, s]);
                _model.Add(size[r, s] <= largest);
                _model.Add(smallest <= size[r, s] + (seats * (1 - (LinearExpr)open[r, s])));
            }

            var round = r;
            _model.Add(LinearExpr.Sum(Enumerable.Range(0, m).Select(s => open[round, s])) == _x.Tables);
            objective.AddTerm(largest, -weights.Imbalance);
            objective.AddTerm(smallest, weights.Imbalance);
        }

        AddEncounters(objective, open);
        AddRepeats(objective);
        BreakRoundSymmetry();
        _model.Maximize(objective);
    }

    /// <summary>p[a, b, r, s]: a and b share the table of s in round r, for pairs with a request meeting an offer on s.</summary>
    private void AddEncounters(LinearExprBuilder objective, BoolVar[,] open)
    {
        int n = _x.OfficeCount, rounds = _x.Rounds, m = _x.SubjectCount, seats = _x.Seats;
        for (var s = 0; s < m; s++)
        {
            var pairs = new List<(int A, int B, int Weight)>();
            for (var a = 0; a < n; a++)
            {
                for (var b = a + 1; b < n; b++)
                {
                    var weight = _x.EncounterWeight(a, b, s);
                    if (weight > 0)
                    {
                        pairs.Add((a, b, weight));
                    }
                }
            }

            if (pairs.Count == 0 || _x.Weights.Encounter == 0)
            {
                continue;
            }

            var tableMax = MaxEncountersAtTable(s);
            for (var r = 0; r < rounds; r++)
            {
                var star = new LinearExprBuilder[n];
                var table = LinearExpr.NewBuilder();
                foreach (var (a, b, weight) in pairs)
                {
                    var p = _model.NewBoolVar($"p_{a}_{b}_{r}_{s}");
                    var (pa, pb, pr, ps) = (a, b, r, s);
                    _derived.Add((p, plan => plan[pa, pr] == ps && plan[pb, pr] == ps ? 1 : 0));
                    _model.AddImplication(p, _w[a, r, s]);
                    _model.AddImplication(p, _w[b, r, s]);
                    objective.AddTerm(p, weight * _x.Weights.Encounter);
                    table.AddTerm(p, weight);
                    (star[a] ??= LinearExpr.NewBuilder()).Add(p);
                    if (!_together.TryGetValue((a, b, r), out var list))
                    {
                        _together[(a, b, r)] = list = [];
                    }

                    list.Add(p);
                    (star[b] ??= LinearExpr.NewBuilder()).Add(p);
                }

                // Cuts: an office meets at most Seats − 1 others at its table; a table holds at most tableMax encounters.
                for (var i = 0; i < n; i++)
                {
                    if (star[i] is not null)
                    {
                        _model.Add(star[i] <= (seats - 1) * _w[i, r, s]);
                    }
                }

                _model.Add(table <= tableMax * open[r, s]);
            }
        }
    }

    /// <summary>The most directed encounters on <paramref name="s"/> any Seats offices can have: k requesters × l offerers − both.</summary>
    private int MaxEncountersAtTable(int s)
    {
        int both = 0, requestOnly = 0, offerOnly = 0;
        for (var i = 0; i < _x.OfficeCount; i++)
        {
            var rq = _x.Requests[i, s];
            var of = _x.Offers[i, s];
            both += rq && of ? 1 : 0;
            requestOnly += rq && !of ? 1 : 0;
            offerOnly += of && !rq ? 1 : 0;
        }

        var best = 0;
        for (var kb = 0; kb <= Math.Min(both, _x.Seats); kb++)
        {
            for (var kr = 0; kr <= Math.Min(requestOnly, _x.Seats - kb); kr++)
            {
                var ko = Math.Min(offerOnly, _x.Seats - kb - kr);
                best = Math.Max(best, ((kb + kr) * (kb + ko)) - kb);
            }
        }

        return best;
    }

    /// <summary>meet[a, b, r] ≥ w[a, r, s] + w[b, r, s] − 1; repeat[a, b] ≥ Σ_r meet − 1.</summary>
    private void AddRepeats(LinearExprBuilder objective)
    {
        int n = _x.OfficeCount, rounds = _x.Rounds, m = _x.SubjectCount;
        if (_x.Weights.RepeatedPair == 0 || rounds < 2)
        {
            AllPairs = true;
            return;
        }

        AllPairs = (long)n * (n - 1) / 2 * rounds * m <= CafeInstance.AllPairsBudget;
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                var aa = a;
                var bb = b;
                if (!AllPairs)
                {
                    // Large instances: only meetings that are encounters count towards the modelled repeats.
                    var together = Enumerable.Range(0, rounds).SelectMany(r => _together.GetValueOrDefault((aa, bb, r)) ?? []).ToArray();
                    if (together.Length < 2)
                    {
                        continue;
                    }

                    var encounterRepeat = _model.NewIntVar(0, rounds - 1, $"rep_{a}_{b}");
                    _derived.Add((encounterRepeat, plan => Math.Max(0, Enumerable.Range(0, rounds).Count(r => plan[aa, r] == plan[bb, r] && _x.EncounterWeight(aa, bb, plan[aa, r]) > 0) - 1)));
                    _model.Add(encounterRepeat >= LinearExpr.Sum(together) - 1);
                    objective.AddTerm(encounterRepeat, -_x.Weights.RepeatedPair);
                    continue;
                }

                var meets = new BoolVar[rounds];
                for (var r = 0; r < rounds; r++)
                {
                    meets[r] = _model.NewBoolVar($"meet_{a}_{b}_{r}");
                    var mr = r;
                    _derived.Add((meets[r], plan => plan[aa, mr] == plan[bb, mr] ? 1 : 0));
                    for (var s = 0; s < m; s++)
                    {
                        _model.AddBoolOr([meets[r], _w[a, r, s].Not(), _w[b, r, s].Not()]);
                    }

                    // Cut: encounters of a and b in a round happen at their one shared table, so they are meetings too.
                    if (_together.TryGetValue((a, b, r), out var encounters))
                    {
                        _model.Add(LinearExpr.Sum(encounters) <= meets[r]);
                    }
                }

                var repeat = _model.NewIntVar(0, rounds - 1, $"rep_{a}_{b}");
                _derived.Add((repeat, plan => Math.Max(0, Enumerable.Range(0, rounds).Count(r => plan[aa, r] == plan[bb, r]) - 1)));
                _model.Add(repeat >= LinearExpr.Sum(meets) - 1);
                objective.AddTerm(repeat, -_x.Weights.RepeatedPair);
            }
        }
    }

    private int[] Sizes(int[,] plan, int round)
    {
        var sizes = new int[_x.SubjectCount];
        for (var i = 0; i < _x.OfficeCount; i++)
        {
            sizes[plan[i, round]]++;
        }

        return sizes;
    }

    /// <summary>Rounds are interchangeable: keep only plans where the first office's subjects ascend round by round.</summary>
    private void BreakRoundSymmetry()
    {
        int m = _x.SubjectCount;
        for (var r = 0; r + 1 < _x.Rounds; r++)
        {
            var rr = r;
            var now = LinearExpr.WeightedSum(Enumerable.Range(0, m).Select(s => _w[0, rr, s]), Enumerable.Range(0, m).Select(s => (long)s));
            var next = LinearExpr.WeightedSum(Enumerable.Range(0, m).Select(s => _w[0, rr + 1, s]), Enumerable.Range(0, m).Select(s => (long)s));
            _model.Add(now + 1 <= next);
        }
    }
}
