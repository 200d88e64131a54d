using System.CommandLine;
using CoopGraph.Analytics;
using CoopGraph.Planning;
using CoopGraph.Planning.Cohorts;

namespace CoopGraph.Server.Cli;

/// <summary><c>coopgraph cohorts</c>: offices with similar needs (Louvain) and every office's role.</summary>
internal static class CohortsCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var data = new DataOptions();
        var resolution = new Option<double>("--resolution") { Description = "Louvain resolution (higher: more, smaller cohorts)", DefaultValueFactory = _ => 1.0 };
        var roles = new Option<bool>("--roles") { Description = "Also print every office's role (provider hub, broker, dual, requester, isolated)" };
        var t = new RoleThresholds();
        var broker = new Option<double>("--broker-betweenness") { Description = "Betweenness at or above which an office is a broker", DefaultValueFactory = _ => t.BrokerBetweenness };
        var hub = new Option<double>("--hub-share") { Description = "Share of the others an office must help to be a provider hub", DefaultValueFactory = _ => t.HubOutShare };
        var format = PlanCommand.Format();
        var command = new Command("cohorts", "Offices with similar needs, grouped by Louvain on the Jaccard similarity of their requests") { resolution, roles, broker, hub, format };
        data.AddTo(command, withRound: true);
        var names = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["resolution"] = "--resolution",
            ["brokerBetweenness"] = "--broker-betweenness",
            ["hubOutShare"] = "--hub-share",
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            // A role threshold without --roles would change nothing: say so rather than ignore it.
            if (!parse.GetValue(roles) && new Option[] { broker, hub }.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false }) is { } alone)
            {
                parse.InvocationConfiguration.Error.WriteLine($"{alone.Name}: sets a role threshold, which applies only with --roles");
                return 2;
            }

            var dataset = await data.LoadAsync(parse, parse.InvocationConfiguration.Error, cancellationToken);
            if (dataset is null)
            {
                return 1;
            }

            var analysis = NetworkAnalysis.Of(dataset);
            var withRoles = parse.GetValue(roles);
            var thresholds = new RoleThresholds(parse.GetValue(broker), parse.GetValue(hub));
            return PlanCommand.Run(
                parse,
                names,
                format,
                () => new CohortsAndRoles(CohortFinder.Find(analysis, parse.GetValue(resolution)), withRoles ? RoleFinder.Find(analysis, thresholds) : null),
                r => PlanningMarkdown.Write(r.Cohorts) + (r.Roles is null ? "" : "\n" + PlanningMarkdown.Write(r.Roles)));
        });
        return command;
    }

    /// <summary>What the verb prints.</summary>
    /// <param name="Cohorts">The cohorts.</param>
    /// <param name="Roles">The roles, with <c>--roles</c>.</param>
    internal sealed record CohortsAndRoles(CohortsResult Cohorts, RolesResult? Roles);
}
