namespace CoopGraph.Planning.WorldCafe;

/// <summary>
/// Whether the CP-SAT model of a World Café can be set up within its time limit. Building the model and loading it into
/// CP-SAT cannot be interrupted and grow with the model: on the M network (200 offices, 41 subjects, 5 rounds) the model
/// has 827 422 variables and took 5–10 s to build and 9–13 s more for CP-SAT to load under a 0.1 s limit (2 loaded
/// cores, docs/planning.md). A model larger than <see cref="VariablesPerSecond"/> × <see cref="SetupShare"/> × the time
/// limit is not built: the start plan (greedy, then annealed) is the plan. The decision depends only on the input,
/// never on the machine's load, so the same input and seed still give the same plan.
/// </summary>
internal static class CafeSetupBudget
{
    /// <summary>Model variables set up (built and loaded into CP-SAT) per second on 2 loaded cores (M: 36 000–55 000).</summary>
    public const double VariablesPerSecond = 25_000;

    /// <summary>The share of the time limit the setup may take.</summary>
    public const double SetupShare = 0.5;

    /// <summary>The share of the time limit the annealing may take when no model is built (the rest writes the plan up).</summary>
    public const double SearchShareWithoutModel = 0.8;

    /// <summary>The most variables a model may have for <paramref name="timeLimitSeconds"/>.</summary>
    public static double MaxVariables(double timeLimitSeconds) => VariablesPerSecond * SetupShare * timeLimitSeconds;

    /// <summary>
    /// The variables of <see cref="CafeModel"/> on <paramref name="x"/>, counted without building it: a seat variable per
    /// (office, round, subject), a table per (round, subject), the largest and smallest table per round, a pair variable
    /// per (round, subject, pair that can have an encounter there), and the repeats (every pair with a meeting per
    /// round, or only pairs that can have an encounter, as <see cref="CafeInstance.AllPairsBudget"/> decides).
    /// </summary>
    public static long ModelVariables(CafeInstance x)
    {
        long n = x.OfficeCount, rounds = x.Rounds, m = x.SubjectCount;
        var variables = (n * rounds * m) + (rounds * m) + (2 * rounds);
        long encounterPairs = 0, pairsWithAnEncounter = 0;
        for (var a = 0; a < x.OfficeCount; a++)
        {
            for (var b = a + 1; b < x.OfficeCount; b++)
            {
                var subjects = 0;
                for (var s = 0; s < x.SubjectCount; s++)
                {
                    subjects += x.EncounterWeight(a, b, s) > 0 ? 1 : 0;
                }

                encounterPairs += subjects;
                pairsWithAnEncounter += subjects > 0 ? 1 : 0;
            }
        }

        if (x.Weights.Encounter > 0)
        {
            variables += encounterPairs * rounds;
        }

        if (x.Weights.RepeatedPair > 0 && rounds > 1)
        {
            var pairs = n * (n - 1) / 2;
            variables += pairs * rounds * m <= CafeInstance.AllPairsBudget ? pairs * (rounds + 1) : x.Weights.Encounter > 0 ? pairsWithAnEncounter : 0;
        }

        return variables;
    }

    /// <summary>Whether <paramref name="x"/>'s model fits the setup share of <paramref name="timeLimitSeconds"/>.</summary>
    public static bool Affords(CafeInstance x, double timeLimitSeconds) => ModelVariables(x) <= MaxVariables(timeLimitSeconds);
}
