using System.Globalization;
using CoopGraph.Analytics;

namespace CoopGraph.Planning.Cohorts;

/// <summary>An office's role in the support network.</summary>
public enum OfficeRole
{
    /// <summary>Offers more than it requests, to many offices (or only offers).</summary>
    ProviderHub,

    /// <summary>Lies on many shortest chains of support between other offices.</summary>
    Broker,

    /// <summary>Gives and receives.</summary>
    Dual,

    /// <summary>Only receives.</summary>
    Requester,

    /// <summary>No support edge in or out.</summary>
    Isolated,
}

/// <summary>The thresholds of the roles (docs/planning.md); settable.</summary>
/// <param name="BrokerBetweenness">Normalised betweenness at or above which an office is a broker.</param>
/// <param name="HubOutShare">Share of the other offices an office must be able to help to be a provider hub.</param>
public sealed record RoleThresholds(double BrokerBetweenness = 0.05, double HubOutShare = 0.25);

/// <summary>One office's role and the numbers behind it.</summary>
/// <param name="Office">Office code.</param>
/// <param name="Role">Its role.</param>
/// <param name="InDegree">Offices that can help it (support graph).</param>
/// <param name="OutDegree">Offices it can help.</param>
/// <param name="OutShare">OutDegree / (offices − 1).</param>
/// <param name="Betweenness">Normalised directed betweenness on the support graph.</param>
/// <param name="Reason">The rule that decided, with the numbers.</param>
public sealed record OfficeRoleEntry(string Office, OfficeRole Role, int InDegree, int OutDegree, double OutShare, double Betweenness, string Reason);

/// <summary>Roles of every office.</summary>
/// <param name="DatasetVersion">Dataset version.</param>
/// <param name="Thresholds">Thresholds used.</param>
/// <param name="Offices">One entry per office, code order.</param>
public sealed record RolesResult(string DatasetVersion, RoleThresholds Thresholds, IReadOnlyList<OfficeRoleEntry> Offices);

/// <summary>
/// Classifies offices from the analytics' support-graph degrees and betweenness. First rule that applies:
/// isolated (in = out = 0); broker (betweenness ≥ BrokerBetweenness); provider hub (out &gt; in and
/// (out ≥ HubOutShare·(n−1) or in = 0)); dual (in &gt; 0 and out &gt; 0); requester (out = 0).
/// </summary>
public static class RoleFinder
{
    /// <summary>Roles under <paramref name="thresholds"/> (default <see cref="RoleThresholds"/>).</summary>
    public static RolesResult Find(NetworkAnalysis analysis, RoleThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        thresholds ??= new RoleThresholds();
        if (!(thresholds.BrokerBetweenness is >= 0 and <= 1))
        {
            throw new PlanningInputException("brokerBetweenness", PlanningInputError.Invalid, $"must be between 0 and 1 (got {thresholds.BrokerBetweenness})");
        }

        if (!(thresholds.HubOutShare is >= 0 and <= 1))
        {
            throw new PlanningInputException("hubOutShare", PlanningInputError.Invalid, $"must be between 0 and 1 (got {thresholds.HubOutShare})");
        }

        var centrality = analysis.Centrality();
        var others = Math.Max(1, centrality.Offices.Count - 1);
        var entries = centrality.Offices.Select(o =>
        {
            var share = o.OutDegree / (double)others;
            var (role, reason) = (o.InDegree, o.OutDegree) switch
            {
                (0, 0) => (OfficeRole.Isolated, "in-degree 0 and out-degree 0"),
                _ when o.Betweenness >= thresholds.BrokerBetweenness =>
                    (OfficeRole.Broker, Text($"betweenness {o.Betweenness:0.####} ≥ {thresholds.BrokerBetweenness}")),
                var (i, u) when u > i && (share >= thresholds.HubOutShare || i == 0) =>
                    (OfficeRole.ProviderHub, Text($"out-degree {u} > in-degree {i}, helps {share:0.##} of the others (hub share {thresholds.HubOutShare})")),
                var (i, u) when i > 0 && u > 0 => (OfficeRole.Dual, Text($"in-degree {i} and out-degree {u}")),
                var (i, _) => (OfficeRole.Requester, Text($"out-degree 0, in-degree {i}")),
            };
            return new OfficeRoleEntry(o.Code, role, o.InDegree, o.OutDegree, share, o.Betweenness, reason);
        }).ToList();
        return new RolesResult(analysis.Snapshot.Version, thresholds, entries);
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
