namespace CoopGraph.Planning.WorldCafe;

/// <summary>The quality figures of a World Café plan (docs/planning.md defines each; the same in API, CLI and page).</summary>
/// <param name="InterestSeats">Seats where the office requests or offers the table's subject.</param>
/// <param name="UselessSeats">Seats where the office neither requests nor offers the table's subject.</param>
/// <param name="Encounters">Distinct (requester, offerer, subject) triples seated together at a table on that subject.</param>
/// <param name="RepeatedPairs">Over all pairs of offices, the meetings after their first (a pair meeting three times counts 2).</param>
/// <param name="Imbalance">Summed over rounds, the largest table minus the smallest table of the round.</param>
/// <param name="Objective">The weighted objective of these figures with the plan's weights.</param>
public sealed record CafeFigures(int InterestSeats, int UselessSeats, int Encounters, int RepeatedPairs, int Imbalance, long Objective)
{
    /// <summary>
    /// The figures of a seating: <paramref name="subjectOf"/>[office, round] is the subject index of the office's table
    /// (a round has one table per subject discussed).
    /// </summary>
    internal static CafeFigures Of(CafeInstance instance, int[,] subjectOf)
    {
        int n = instance.OfficeCount, rounds = instance.Rounds;
        int interest = 0, encounters = 0, repeats = 0, imbalance = 0;
        for (var i = 0; i < n; i++)
        {
            for (var r = 0; r < rounds; r++)
            {
                interest += instance.Interested(i, subjectOf[i, r]) ? 1 : 0;
            }
        }

        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                var meetings = 0;
                for (var r = 0; r < rounds; r++)
                {
                    if (subjectOf[a, r] == subjectOf[b, r])
                    {
                        meetings++;
                        encounters += instance.EncounterWeight(a, b, subjectOf[a, r]);
                    }
                }

                repeats += Math.Max(0, meetings - 1);
            }
        }

        for (var r = 0; r < rounds; r++)
        {
            var sizes = new int[instance.SubjectCount];
            for (var i = 0; i < n; i++)
            {
                sizes[subjectOf[i, r]]++;
            }

            var open = sizes.Where(z => z > 0).ToArray();
            imbalance += open.Max() - open.Min();
        }

        var w = instance.Weights;
        var objective = ((long)w.InterestSeat * interest) + ((long)w.Encounter * encounters) - ((long)w.RepeatedPair * repeats) - ((long)w.Imbalance * imbalance);
        return new CafeFigures(interest, (n * rounds) - interest, encounters, repeats, imbalance, objective);
    }
}
