using CoopGraph.Domain;
using CoopGraph.Planning.WorldCafe;

namespace CoopGraph.Planning.Tests.WorldCafe;

/// <summary>
/// Checks a World Café plan from its printed timetable alone, against the dataset: every hard rule, and every figure
/// recomputed from scratch (it shares no code with the planner).
/// </summary>
internal static class CafeChecker
{
    public static void CheckHardRules(WorldCafePlan plan)
    {
        var offices = plan.Offices.ToHashSet(StringComparer.Ordinal);
        for (var round = 1; round <= plan.Rounds; round++)
        {
            var tables = plan.Timetable.Where(t => t.Round == round).ToList();
            tables.Count.ShouldBe(plan.Tables, $"round {round}: tables");
            tables.Select(t => t.Subject).Distinct().Count().ShouldBe(tables.Count, $"round {round}: one table per subject");
            var seated = tables.SelectMany(t => t.Offices).ToList();
            seated.Count.ShouldBe(offices.Count, $"round {round}: every office seated once");
            seated.ToHashSet(StringComparer.Ordinal).SetEquals(offices).ShouldBeTrue($"round {round}: the participants exactly");
            foreach (var t in tables)
            {
                t.Offices.Count.ShouldBeInRange(2, plan.Seats, $"round {round} table {t.Table}: seats");
            }
        }

        plan.Timetable.Count.ShouldBe(plan.Rounds * plan.Tables);
        foreach (var office in offices)
        {
            var subjects = plan.Timetable.Where(t => t.Offices.Contains(office)).Select(t => t.Subject).ToList();
            subjects.Count.ShouldBe(plan.Rounds);
            subjects.Distinct().Count().ShouldBe(plan.Rounds, $"{office} discusses a subject twice");
        }
    }

    public static CafeFigures Figures(WorldCafePlan plan, Dataset dataset)
    {
        var requests = dataset.Requests.Select(r => (r.Office, r.Subject)).ToHashSet();
        var offers = dataset.Offers.Select(o => (o.Office, o.Subject)).ToHashSet();
        int interest = 0, encounters = 0, imbalance = 0;
        var meetings = new Dictionary<(string, string), int>();
        foreach (var t in plan.Timetable)
        {
            foreach (var a in t.Offices)
            {
                interest += requests.Contains((a, t.Subject)) || offers.Contains((a, t.Subject)) ? 1 : 0;
                foreach (var b in t.Offices)
                {
                    if (a != b && requests.Contains((a, t.Subject)) && offers.Contains((b, t.Subject)))
                    {
                        encounters++;
                    }

                    if (string.CompareOrdinal(a, b) < 0)
                    {
                        meetings[(a, b)] = meetings.GetValueOrDefault((a, b)) + 1;
                    }
                }
            }
        }

        for (var round = 1; round <= plan.Rounds; round++)
        {
            var sizes = plan.Timetable.Where(t => t.Round == round).Select(t => t.Offices.Count).ToList();
            imbalance += sizes.Max() - sizes.Min();
        }

        var repeats = meetings.Values.Sum(m => m - 1);
        var seats = plan.Offices.Count * plan.Rounds;
        var w = plan.Weights;
        return new CafeFigures(
            interest,
            seats - interest,
            encounters,
            repeats,
            imbalance,
            ((long)w.InterestSeat * interest) + ((long)w.Encounter * encounters) - ((long)w.RepeatedPair * repeats) - ((long)w.Imbalance * imbalance));
    }
}
