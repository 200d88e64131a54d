using Microsoft.Extensions.Options;

namespace CoopGraph.Server.Hosting;

/// <summary>The <c>Hosting</c> configuration section: who may call from a browser and how often anyone may call.</summary>
public sealed class HostingOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Hosting";

    /// <summary>Origins whose pages may call the API from a browser (CORS); none by default, so only the service's own page can.</summary>
    public string[] CorsOrigins { get; init; } = [];

    /// <summary>Requests per second and burst, per API key and per client address.</summary>
    public RateLimitOptions RateLimit { get; init; } = new();

    /// <summary>
    /// Most operations with an estimated complexity of at least <see cref="ExpensiveComplexity"/> (analytic questions)
    /// running at once; more wait in a queue of the same length, and past that are answered 429 <c>RATE_LIMITED</c>.
    /// </summary>
    public int MaxConcurrentExpensive { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>The complexity from which an operation counts as expensive (one analytic field costs at least this).</summary>
    public int ExpensiveComplexity { get; init; } = 5_000;

    /// <summary>
    /// How many times start-up sends a few queries through the whole pipeline before the server listens, so that the first
    /// requests find the dataset loaded and the hot code compiled by the JIT's optimising tier (0 switches it off).
    /// </summary>
    public int WarmUpRounds { get; init; } = 50;

    /// <summary>
    /// How long the service trusts the store's version before asking again whether another process wrote (SQLite:
    /// <c>PRAGMA data_version</c>): another process's writes are answered within this time, this process's at once.
    /// Zero asks before every read.
    /// </summary>
    public TimeSpan StoreCheckInterval { get; init; } = TimeSpan.FromMilliseconds(100);
}

/// <summary>Token buckets per API key (keyed callers) and per client address (anonymous callers); 0 switches a limit off.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Sustained requests per second from one client address without a valid key.</summary>
    public int PermitsPerSecond { get; init; } = 200;

    /// <summary>Requests one client address may send at once above the sustained rate.</summary>
    public int Burst { get; init; } = 400;

    /// <summary>Sustained requests per second with one API key.</summary>
    public int KeyPermitsPerSecond { get; init; } = 1_000;

    /// <summary>Requests one API key may send at once above its sustained rate.</summary>
    public int KeyBurst { get; init; } = 2_000;
}

/// <summary>Checks <see cref="HostingOptions"/> on start, naming the setting at fault.</summary>
internal sealed class HostingOptionsValidator : IValidateOptions<HostingOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, HostingOptions options)
    {
        var failures = new List<string>();
        void Require(bool ok, string message)
        {
            if (!ok)
            {
                failures.Add($"{HostingOptions.Section}:{message}");
            }
        }

        foreach (var origin in options.CorsOrigins)
        {
            Require(Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.AbsolutePath == "/" && !origin.EndsWith('/') && uri.Scheme is "http" or "https",
                $"CorsOrigins: '{origin}' is not an origin such as https://planner.example (scheme and host, no path)");
        }

        var r = options.RateLimit;
        Require(r.PermitsPerSecond >= 0 && r.Burst >= 0 && r.KeyPermitsPerSecond >= 0 && r.KeyBurst >= 0, "RateLimit: the rates and bursts must not be negative (0 switches a limit off)");
        Require(r.PermitsPerSecond == 0 || r.Burst >= 1, "RateLimit:Burst must be at least 1 when PermitsPerSecond is set");
        Require(r.KeyPermitsPerSecond == 0 || r.KeyBurst >= 1, "RateLimit:KeyBurst must be at least 1 when KeyPermitsPerSecond is set");
        Require(options.MaxConcurrentExpensive >= 1, $"MaxConcurrentExpensive must be at least 1 (is {options.MaxConcurrentExpensive})");
        Require(options.WarmUpRounds is >= 0 and <= 10_000, $"WarmUpRounds must be between 0 and 10000 (is {options.WarmUpRounds})");
        Require(options.StoreCheckInterval >= TimeSpan.Zero && options.StoreCheckInterval <= TimeSpan.FromMinutes(1),
            $"StoreCheckInterval must be between 00:00:00 and 00:01:00 (is {options.StoreCheckInterval})");
        Require(options.ExpensiveComplexity >= 1, $"ExpensiveComplexity must be at least 1 (is {options.ExpensiveComplexity})");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
