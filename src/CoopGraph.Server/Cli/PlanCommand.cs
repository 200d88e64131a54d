using System.CommandLine;
using CoopGraph.Analytics;
using CoopGraph.Analytics.Reporting;
using CoopGraph.Planning;
using CoopGraph.Planning.Workshops;
using CoopGraph.Planning.WorldCafe;

namespace CoopGraph.Server.Cli;

/// <summary><c>coopgraph plan cafe|workshops</c>: World Café rotations and a workshop portfolio, solved with CP-SAT.</summary>
internal static class PlanCommand
{
    /// <summary>Builds the verb and its two sub-verbs.</summary>
    public static Command Create() => new("plan", "Plan the next meeting with CP-SAT (docs/planning.md)") { Cafe(), Workshops() };

    private static Command Cafe()
    {
        var data = new DataOptions();
        var d = new WorldCafeOptions();
        var w = WorldCafeWeights.Default;
        var offices = new Option<string[]>("--office") { Description = "Participating office (repeat; default: attending offices with a request or an offer)", AllowMultipleArgumentsPerToken = true };
        var rounds = new Option<int>("--rounds") { Description = "Rounds", DefaultValueFactory = _ => d.Rounds };
        var tables = new Option<int?>("--tables") { Description = "Tables per round (default: the fewest that seat everyone)" };
        var seats = new Option<int>("--seats") { Description = "Seats per table", DefaultValueFactory = _ => d.Seats };
        var subjects = new Option<string[]>("--subject") { Description = "Subject id to discuss (repeat; default: most requested, uncovered first)", AllowMultipleArgumentsPerToken = true };
        var subjectCount = new Option<int?>("--subject-count") { Description = "How many subjects the default choice takes (default max(rounds, tables) + 1)" };
        var minutes = new Option<int>("--minutes") { Description = "Minutes per round", DefaultValueFactory = _ => d.MinutesPerRound };
        var interest = new Option<int>("--w-interest") { Description = "Weight per seat where the office requests or offers the subject", DefaultValueFactory = _ => w.InterestSeat };
        var encounter = new Option<int>("--w-encounter") { Description = "Weight per (requester, offerer, subject) encounter", DefaultValueFactory = _ => w.Encounter };
        var repeat = new Option<int>("--w-repeat") { Description = "Penalty per repeated meeting of two offices", DefaultValueFactory = _ => w.RepeatedPair };
        var imbalance = new Option<int>("--w-imbalance") { Description = "Penalty per office of table-size imbalance in a round", DefaultValueFactory = _ => w.Imbalance };
        var seed = new Option<int>("--seed") { Description = "Seed of the solver and of the random baseline", DefaultValueFactory = _ => d.Seed };
        var timeLimit = new Option<double>("--time-limit") { Description = "Time limit in seconds of the whole planning, the start plan and the model included (docs/planning.md)", DefaultValueFactory = _ => d.TimeLimitSeconds };
        var workers = new Option<int>("--workers") { Description = "CP-SAT workers: 1 searches single-threaded; more run interleaved deterministic subsolvers (the World Café at least 8)", DefaultValueFactory = _ => d.Workers };
        var format = Format();
        var command = new Command("cafe", "World Café: timetable, itineraries, facilitator sheets, figures against a random plan, solver bound")
        {
            offices, rounds, tables, seats, subjects, subjectCount, minutes, interest, encounter, repeat, imbalance, seed, timeLimit, workers, format,
        };
        data.AddTo(command, withRound: true);
        var names = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["offices"] = "--office",
            ["rounds"] = "--rounds",
            ["tables"] = "--tables",
            ["seats"] = "--seats",
            ["subjects"] = "--subject",
            ["subjectCount"] = "--subject-count",
            ["minutesPerRound"] = "--minutes",
            ["weights"] = "--w-interest/--w-encounter/--w-repeat/--w-imbalance",
            ["timeLimitSeconds"] = "--time-limit",
            ["workers"] = "--workers",
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dataset = await data.LoadAsync(parse, parse.InvocationConfiguration.Error, cancellationToken);
            if (dataset is null)
            {
                return 1;
            }

            var options = new WorldCafeOptions(
                parse.GetValue(offices) is { Length: > 0 } o ? o : null,
                parse.GetValue(rounds),
                parse.GetValue(tables),
                parse.GetValue(seats),
                parse.GetValue(subjects) is { Length: > 0 } s ? s : null,
                parse.GetValue(subjectCount),
                parse.GetValue(minutes),
                new WorldCafeWeights(parse.GetValue(interest), parse.GetValue(encounter), parse.GetValue(repeat), parse.GetValue(imbalance)),
                parse.GetValue(seed),
                parse.GetValue(timeLimit),
                parse.GetValue(workers));
            return Run(parse, names, format, () => WorldCafePlanner.Plan(NetworkAnalysis.Of(dataset), options, cancellationToken), PlanningMarkdown.Write);
        });
        return command;
    }

    private static Command Workshops()
    {
        var data = new DataOptions();
        var d = new WorkshopOptions();
        var w = WorkshopWeights.Default;
        var k = new Option<int>("--k") { Description = "Workshops the budget pays for", DefaultValueFactory = _ => d.Workshops };
        var capacity = new Option<int>("--capacity") { Description = "Participants per workshop (hosts not counted)", DefaultValueFactory = _ => d.Capacity };
        var wBase = new Option<int>("--w-base") { Description = "Weight of every answered request", DefaultValueFactory = _ => w.Base };
        var wIsolated = new Option<int>("--w-isolated") { Description = "Extra weight when the requester carries an isolation flag", DefaultValueFactory = _ => w.IsolatedOffice };
        var wUnmet = new Option<int>("--w-unmet") { Description = "Extra weight when the subject is UNMET", DefaultValueFactory = _ => w.UnmetSubject };
        var wFragile = new Option<int>("--w-fragile") { Description = "Extra weight when the subject is FRAGILE", DefaultValueFactory = _ => w.FragileSubject };
        var timeLimit = new Option<double>("--time-limit") { Description = "Solver time limit in seconds", DefaultValueFactory = _ => d.TimeLimitSeconds };
        var format = Format();
        var command = new Command("workshops", "K regional workshops answering the most (weighted) requests, with the solver's bound and the greedy plan")
        {
            k, capacity, wBase, wIsolated, wUnmet, wFragile, timeLimit, format,
        };
        data.AddTo(command, withRound: true);
        var names = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["workshops"] = "--k",
            ["capacity"] = "--capacity",
            ["weights"] = "--w-base/--w-isolated/--w-unmet/--w-fragile",
            ["timeLimitSeconds"] = "--time-limit",
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dataset = await data.LoadAsync(parse, parse.InvocationConfiguration.Error, cancellationToken);
            if (dataset is null)
            {
                return 1;
            }

            var options = new WorkshopOptions(
                parse.GetValue(k),
                parse.GetValue(capacity),
                new WorkshopWeights(parse.GetValue(wBase), parse.GetValue(wIsolated), parse.GetValue(wUnmet), parse.GetValue(wFragile)),
                TimeLimitSeconds: parse.GetValue(timeLimit));
            return Run(parse, names, format, () => WorkshopPlanner.Plan(NetworkAnalysis.Of(dataset), options, cancellationToken), PlanningMarkdown.Write);
        });
        return command;
    }

    internal static Option<string> Format()
    {
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "json");
        return format;
    }

    /// <summary>Prints the result, or the planner's complaint under the CLI option's name.</summary>
    internal static int Run<T>(ParseResult parse, IReadOnlyDictionary<string, string> names, Option<string> format, Func<T> plan, Func<T, string> markdown)
    {
        T result;
        try
        {
            result = plan();
        }
        catch (PlanningInputException e)
        {
            parse.InvocationConfiguration.Error.WriteLine($"{names.GetValueOrDefault(e.Argument, "--" + e.Argument)}: {e.Reason}");
            return 1;
        }
        catch (InvalidOperationException e)
        {
            parse.InvocationConfiguration.Error.WriteLine(e.Message);
            return 1;
        }

        parse.InvocationConfiguration.Output.Write(parse.GetValue(format) == "json" ? ReportJson.Serialize(result) : markdown(result));
        return 0;
    }
}
