using CoopGraph.Planning.WorldCafe;

namespace CoopGraph.Planning.Tests.WorldCafe;

/// <summary>What the exhaustive checks on tiny cafés share: every plan that keeps the hard rules, built from every itinerary of an office.</summary>
internal static class TinyCafePlans
{
    /// <summary>Every sequence of <paramref name="length"/> distinct subjects out of <paramref name="subjects"/> (an office's itinerary).</summary>
    internal static IEnumerable<int[]> Sequences(int subjects, int length) =>
        length == 0
            ? [[]]
            : Sequences(subjects, length - 1).SelectMany(prefix => Enumerable.Range(0, subjects).Where(s => !prefix.Contains(s)).Select(s => (int[])[.. prefix, s]));

    /// <summary>Calls <paramref name="visit"/> on every plan of <paramref name="x"/> that keeps the hard rules (the array is reused between calls).</summary>
    internal static void Enumerate(CafeInstance x, Action<int[,]> visit)
    {
        int n = x.OfficeCount, rounds = x.Rounds;
        var sequences = Sequences(x.SubjectCount, rounds).ToArray();
        var plan = new int[n, rounds];
        void Seat(int office)
        {
            if (office == n)
            {
                if (KeepsTheRules(x, plan))
                {
                    visit(plan);
                }

                return;
            }

            foreach (var sequence in sequences)
            {
                for (var r = 0; r < rounds; r++)
                {
                    plan[office, r] = sequence[r];
                }

                Seat(office + 1);
            }
        }

        Seat(0);
    }

    /// <summary>True when every round has exactly the tables and no table is of one office or over its seats.</summary>
    internal static bool KeepsTheRules(CafeInstance x, int[,] plan)
    {
        for (var r = 0; r < x.Rounds; r++)
        {
            var sizes = new int[x.SubjectCount];
            for (var i = 0; i < x.OfficeCount; i++)
            {
                sizes[plan[i, r]]++;
            }

            if (sizes.Count(z => z > 0) != x.Tables || sizes.Any(z => z is 1 || z > x.Seats))
            {
                return false;
            }
        }

        return true;
    }
}
