using System.Text.Json;
using CoopGraph.Server.Api.Http;
using Microsoft.Extensions.Options;

namespace CoopGraph.Server.Hosting;

/// <summary>
/// Before the server listens, loads the dataset and sends a few queries through the whole GraphQL pipeline (limits,
/// validation, execution, serialisation), so the first real requests do not pay for loading and JIT compilation and
/// <c>/ready</c> means ready. Analytics are not computed here: they are per dataset version and can be large.
/// </summary>
internal sealed class WarmUp(IServiceProvider services, GraphQLHandler handler, IOptions<HostingOptions> options, ILogger<WarmUp> logger) : IHostedService
{
    private static readonly string[] Queries =
    [
        "{ dataset { name version officeCount subjectCount } }",
        "query Warm($first: Int) { offices(first: $first) { totalCount edges { node { code name } } } }",
        "{ __schema { queryType { name } types { name kind } } }",
    ];

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var round = 0; round < options.Value.WarmUpRounds; round++)
        {
            if (!await RoundAsync().ConfigureAwait(false))
            {
                return;
            }
        }
    }

    private async Task<bool> RoundAsync()
    {
        foreach (var query in Queries)
        {
            foreach (var get in (bool[])[false, true])
            {
                var http = new DefaultHttpContext { RequestServices = services };
                if (get)
                {
                    http.Request.Method = HttpMethods.Get;
                    http.Request.QueryString = QueryString.Create("query", query);
                }
                else
                {
                    http.Request.Method = HttpMethods.Post;
                    http.Request.ContentType = "application/json";
                    http.Request.Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new { query, variables = new { first = 1 } }));
                }

                http.Response.Body = Stream.Null;
                await handler.HandleAsync(http).ConfigureAwait(false);
                if (http.Response.StatusCode != StatusCodes.Status200OK)
                {
                    logger.WarmUpFailed(http.Response.StatusCode);
                    return false;
                }
            }
        }

        return true;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
