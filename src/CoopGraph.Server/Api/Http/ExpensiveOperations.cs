using System.Threading.RateLimiting;
using CoopGraph.Server.Hosting;
using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace CoopGraph.Server.Api.Http;

/// <summary>
/// Lets at most <c>Hosting:MaxConcurrentExpensive</c> expensive operations (by their complexity estimate) execute at once,
/// the next as many waiting in turn; past that the operation is refused with <c>RATE_LIMITED</c> (429). Acquired after
/// validation, released by the handler when the answer is done. An operation whose analytics are already computed on
/// its snapshot (<see cref="RequestContext.AnswersComputed"/>) takes no permit: it only reads them.
/// </summary>
internal sealed class ExpensiveOperations(IOptions<HostingOptions> options) : DocumentExecutionListenerBase, IDisposable
{
    private readonly int _threshold = options.Value.ExpensiveComplexity;
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.MaxConcurrentExpensive,
        QueueLimit = options.Value.MaxConcurrentExpensive,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <inheritdoc />
    public override async Task BeforeExecutionAsync(IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.UserContext is RequestContext request && request.Complexity >= _threshold && !request.AnswersComputed)
        {
            var lease = await _limiter.AcquireAsync(1, context.CancellationToken).ConfigureAwait(false);
            if (!lease.IsAcquired)
            {
                lease.Dispose();
                throw ErrorCodes.Error(ErrorCodes.RateLimited, "too many analytic questions are being answered right now; retry in a second (Hosting:MaxConcurrentExpensive)");
            }

            request.Lease = lease;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _limiter.Dispose();
}
