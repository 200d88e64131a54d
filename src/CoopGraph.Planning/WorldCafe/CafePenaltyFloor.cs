namespace CoopGraph.Planning.WorldCafe;

/// <summary>
/// A lower bound on the penalty every plan pays, RepeatedPair·(repeated pairs) + Imbalance·(the tables' imbalance
/// shares), from a counting argument (docs/planning.md, "The bound"). It depends only on the shape of the café
/// (offices, rounds, tables, seats, subjects, weights), not on who requests or offers what.
/// </summary>
/// <remarks>
/// A table G on subject s in round x whose subject is open again in round y: no office of G discusses s twice, so in
/// round y the offices of G sit at the other T − 1 tables, and at least f(|G|) pairs of G meet again (f: the fewest
/// pairs when |G| offices go to T − 1 tables). Call each such (table, round, pair) an event; a pair that meets m times
/// takes part in at most m(m − 1) events and is m − 1 repeats, so repeats ≥ events / rounds. With k_s the rounds in
/// which subject s is open, events ≥ Σ_tables (k_s − 1)·f(|G|). The floor is the least of
/// Σ_tables [Imbalance·share(|G|) + RepeatedPair/rounds·(k_s − 1)·f(|G|)] over every choice of k_s (Σ k_s = rounds·T,
/// k_s ≤ rounds) and table sizes 2..seats adding up to rounds·offices, by dynamic programming over the subjects.
/// </remarks>
internal static class CafePenaltyFloor
{
    public static double Of(CafeInstance x)
    {
        int rounds = x.Rounds, tables = x.Tables, seats = Math.Min(x.Seats, x.OfficeCount), n = x.OfficeCount;
        var w = x.Weights;
        if (rounds < 2 || tables < 1)
        {
            return 0;
        }

        var allTables = rounds * tables;
        var allSeats = rounds * n;

        // best[k][z]: the least cost of the k tables of one subject open in k rounds, seating z offices in all.
        var best = new double[rounds + 1][];
        for (var k = 0; k <= rounds; k++)
        {
            var cost = new double[seats + 1];
            for (var g = 2; g <= seats; g++)
            {
                cost[g] = (w.Imbalance * Share(x, g)) + ((double)w.RepeatedPair / rounds * (k - 1) * Forced(g, tables - 1));
            }

            var current = Fill(1);
            current[0] = 0;
            for (var t = 0; t < k; t++)
            {
                var next = Fill(current.Length + seats);
                for (var z = 0; z < current.Length; z++)
                {
                    for (var g = 2; g <= seats && !double.IsPositiveInfinity(current[z]); g++)
                    {
                        next[z + g] = Math.Min(next[z + g], current[z] + cost[g]);
                    }
                }

                current = next;
            }

            best[k] = current;
        }

        // Over the subjects: state (tables used, seats used).
        var state = new double[allTables + 1, allSeats + 1];
        for (var a = 0; a <= allTables; a++)
        {
            for (var z = 0; z <= allSeats; z++)
            {
                state[a, z] = double.PositiveInfinity;
            }
        }

        state[0, 0] = 0;
        for (var s = 0; s < x.SubjectCount; s++)
        {
            var next = (double[,])state.Clone();
            for (var a = 0; a <= allTables; a++)
            {
                for (var z = 0; z <= allSeats; z++)
                {
                    if (double.IsPositiveInfinity(state[a, z]))
                    {
                        continue;
                    }

                    for (var k = 1; k <= rounds && a + k <= allTables; k++)
                    {
                        for (var zk = 2 * k; zk < best[k].Length && z + zk <= allSeats; zk++)
                        {
                            next[a + k, z + zk] = Math.Min(next[a + k, z + zk], state[a, z] + best[k][zk]);
                        }
                    }
                }
            }

            state = next;
        }

        var floor = state[allTables, allSeats];
        // No arrangement at all (the hard rules cannot be met): no floor to offer.
        return double.IsPositiveInfinity(floor) ? 0 : floor;
    }

    /// <summary>The fewest pairs among <paramref name="g"/> offices seated at <paramref name="parts"/> tables (evenly spread).</summary>
    public static int Forced(int g, int parts)
    {
        if (parts <= 0)
        {
            return g * (g - 1) / 2;
        }

        int q = g / parts, rest = g % parts;
        return (rest * (q + 1) * q / 2) + ((parts - rest) * q * (q - 1) / 2);
    }

    /// <summary>The table's share of its round's imbalance, as in <see cref="CafeColumnBound"/>: 2/T·|size − n/T|.</summary>
    public static double Share(CafeInstance x, int size) => 2.0 / x.Tables * Math.Abs(size - ((double)x.OfficeCount / x.Tables));

    private static double[] Fill(int length)
    {
        var a = new double[length];
        Array.Fill(a, double.PositiveInfinity);
        return a;
    }
}
