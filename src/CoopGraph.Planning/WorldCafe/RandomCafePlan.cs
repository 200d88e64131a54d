namespace CoopGraph.Planning.WorldCafe;

/// <summary>
/// The baseline: a seeded random plan that keeps every hard rule. Each round opens a random set of tables (subjects),
/// then offices in random order take a random free seat at a table whose subject they have not discussed; a table left
/// with one office, or an office with nowhere to go, restarts the attempt (same random stream, so same seed, same plan).
/// </summary>
internal static class RandomCafePlan
{
    private const int Attempts = 2_000;

    public static int[,]? Draw(CafeInstance instance, int seed)
    {
        var random = new Random(seed);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var plan = TryDraw(instance, random);
            if (plan is not null)
            {
                return plan;
            }
        }

        return null;
    }

    private static int[,]? TryDraw(CafeInstance instance, Random random)
    {
        int n = instance.OfficeCount, m = instance.SubjectCount;
        var plan = new int[n, instance.Rounds];
        var seen = new bool[n, m];
        for (var r = 0; r < instance.Rounds; r++)
        {
            var subjects = Enumerable.Range(0, m).ToArray();
            random.Shuffle(subjects);
            var open = subjects[..instance.Tables];
            var size = new int[m];
            var order = Enumerable.Range(0, n).ToArray();
            random.Shuffle(order);
            foreach (var office in order)
            {
                var choices = open.Where(s => !seen[office, s] && size[s] < instance.Seats).ToArray();
                if (choices.Length == 0)
                {
                    return null;
                }

                var s = choices[random.Next(choices.Length)];
                plan[office, r] = s;
                seen[office, s] = true;
                size[s]++;
            }

            if (open.Any(s => size[s] < 2))
            {
                return null;
            }
        }

        return plan;
    }
}
