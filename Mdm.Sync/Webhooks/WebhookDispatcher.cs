using Mdm.Core.Webhooks;
using Mediator;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mdm.Sync.Webhooks;

/// <summary>
/// The webhook worker loop: fan new outbox events out into deliveries, lease a batch of due deliveries, send them in
/// parallel, record each attempt. Any number of processes may run it: fan-out and claims use SKIP LOCKED and leases,
/// so no event is fanned out twice and no delivery is sent by two workers at once (a lapsed lease — a killed worker —
/// sends it again with the same webhook id). A loop rather than a Hangfire job per event: one batch query serves
/// hundreds of deliveries, where a job each would pay Hangfire's storage round trips for every event.
/// </summary>
public sealed partial class WebhookDispatcher(
    IMediator mediator,
    WebhookAttempts attempts,
    IOptions<WebhookDispatchOptions> options,
    ILogger<WebhookDispatcher> logger
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunOnceAsync(settings, stoppingToken) == 0)
                {
                    await Task.Delay(settings.IdleDelay, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The loop must outlive a database restart: log, wait, go on.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogLoopFailed(logger, e);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    /// <summary>One round; returns how much work it found (0: nothing to do, so the loop may rest).</summary>
    public async Task<int> RunOnceAsync(WebhookDispatchOptions settings, CancellationToken ct)
    {
        var fannedOut = await mediator.Send(new FanOutChangeEvents(settings.FanOutBatch), ct);
        var claimed = await mediator.Send(new ClaimWebhookDeliveries(settings.DeliveryBatch, settings.Lease), ct);
        await Parallel.ForEachAsync(
            claimed,
            new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = ct },
            async (delivery, token) => await attempts.DeliverAsync(delivery, token)
        );
        return fannedOut + claimed.Count;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The webhook dispatch loop failed; retrying in a second")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);
}
