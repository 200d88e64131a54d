using System.Globalization;
using System.Threading.RateLimiting;
using CoopGraph.Server.Api;
using CoopGraph.Server.Api.Http;

namespace CoopGraph.Server.Hosting;

/// <summary>
/// ASP.NET Core's rate limiter with one token bucket per API key (callers with a valid key) and one per client address
/// (everyone else), sized by <c>Hosting:RateLimit</c>; a refused request gets 429, <c>Retry-After</c> and a coded error.
/// </summary>
internal static class RateLimits
{
    /// <summary>Registers the limiter.</summary>
    public static IServiceCollection AddCoopGraphRateLimits(this IServiceCollection services, HostingOptions hosting) => services.AddRateLimiter(o =>
    {
        var limits = hosting.RateLimit;
        var anonymousUnlimited = RateLimitPartition.GetNoLimiter("address:*");
        o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
        {
            var actor = http.Request.Headers.Authorization.Count == 0 ? null : http.RequestServices.GetRequiredService<ApiKeys>().Authenticate(http.Request);
            return actor is not null ? Bucket("key:" + actor, limits.KeyPermitsPerSecond, limits.KeyBurst)
                : limits.PermitsPerSecond == 0 ? anonymousUnlimited // no per-address key to build when anonymous calls are not limited
                : Bucket("address:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"), limits.PermitsPerSecond, limits.Burst);
        });
        o.OnRejected = async (context, cancellationToken) =>
        {
            var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)) : 1;
            var response = context.HttpContext.Response;
            response.StatusCode = StatusCodes.Status429TooManyRequests;
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            response.ContentType = "application/json; charset=utf-8";
            await response.WriteAsync(
                "{\"errors\":[{\"message\":\"too many requests from this client; retry after " + seconds.ToString(CultureInfo.InvariantCulture)
                    + " s (Hosting:RateLimit)\",\"extensions\":{\"code\":\"" + ErrorCodes.RateLimited + "\"}}]}",
                cancellationToken).ConfigureAwait(false);
        };
    });

    private static RateLimitPartition<string> Bucket(string key, int perSecond, int burst) => perSecond == 0
        ? RateLimitPartition.GetNoLimiter(key)
        : RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
