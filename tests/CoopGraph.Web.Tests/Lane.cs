using Xunit.Sdk;
using Xunit.v3;

// Every test here drives chromium against a real server: the slow "Browser" lane (README: the quick lane leaves it out).
// Two browser collections side by side on a 2-core machine only make each slower and their timeouts flakier.
[assembly: Trait("Category", "Browser")]
[assembly: Parallelization(Mode = ParallelMode.None)]
