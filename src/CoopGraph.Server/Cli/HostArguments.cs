namespace CoopGraph.Server.Cli;

/// <summary>
/// Checks the arguments <c>serve</c> passes to ASP.NET Core's command-line configuration, which would silently ignore a
/// mistyped key (<c>--url</c>), a single-dash option or a stray word: host settings it knows (<c>--urls</c>,
/// <c>--environment</c>, ...) and configuration paths (<c>--Section:Key=value</c>) pass; anything else is refused.
/// </summary>
internal static class HostArguments
{
    /// <summary>The host settings (WebHostDefaults, HostDefaults) that make sense on a command line.</summary>
    public static IReadOnlyList<string> Known { get; } =
    [
        "urls", "http_ports", "https_ports", "https_port", "environment", "contentRoot", "webroot", "applicationName",
        "detailedErrors", "shutdownTimeoutSeconds", "AllowedHosts", "preventHostingStartup", "hostingStartupAssemblies",
        "hostingStartupExcludeAssemblies", "suppressStatusMessages", "captureStartupErrors",
    ];

    /// <summary>One message per argument the host would ignore, with the nearest known option or setting.</summary>
    /// <param name="tokens">The arguments the verb did not recognise, in order.</param>
    /// <param name="verbOptions">The verb's own options (suggested for near misses too).</param>
    public static IReadOnlyList<string> Problems(IReadOnlyList<string> tokens, IReadOnlyList<string> verbOptions)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var problems = new List<string>();
        var expectValue = false;
        var keys = tokens.Where(t => t.StartsWith("--", StringComparison.Ordinal)).Select(t => t[2..].Split('=')[0]).ToList();
        foreach (var token in tokens)
        {
            if (!token.StartsWith('-'))
            {
                if (!expectValue)
                {
                    problems.Add($"Unrecognized argument '{token}' (host settings are options, e.g. --urls http://127.0.0.1:5080)");
                }

                expectValue = false;
                continue;
            }

            var key = token.TrimStart('-');
            var equals = key.IndexOf('=', StringComparison.Ordinal);
            expectValue = equals < 0;
            key = equals < 0 ? key : key[..equals];
            var doubleDash = token.StartsWith("--", StringComparison.Ordinal);

            // A test host (WebApplicationFactory) also passes each section as an empty setting: --Storage= beside --Storage:Path=x.
            var emptySection = token.EndsWith('=') && keys.Any(k => k.StartsWith(key + ":", StringComparison.Ordinal));
            if (doubleDash && key.Length > 0 && (key.Contains(':', StringComparison.Ordinal) || Known.Contains(key, StringComparer.OrdinalIgnoreCase) || emptySection))
            {
                continue;
            }

            var candidates = verbOptions.Concat(Known.Select(k => "--" + k)).ToList();
            var suggestion = candidates.Select(c => (c, Distance("--" + key, c)))
                .Where(x => x.Item2 <= 3).OrderBy(x => x.Item2).Select(x => x.c).FirstOrDefault();
            problems.Add($"Unrecognized option '{token}'." + (suggestion is null ? "" : $" Did you mean {suggestion}?"));
        }

        return problems;
    }

    // Levenshtein distance, case-insensitive: how far a typo is from an option.
    private static int Distance(string a, string b)
    {
        var (x, y) = (a.ToLowerInvariant(), b.ToLowerInvariant());
        var previous = Enumerable.Range(0, y.Length + 1).ToArray();
        for (var i = 1; i <= x.Length; i++)
        {
            var current = new int[y.Length + 1];
            current[0] = i;
            for (var j = 1; j <= y.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[y.Length];
    }
}
