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
    /// <summary>
    /// One fan-out loop and <see cref="WebhookDispatchOptions.Lanes"/> delivery loops: a lane claims its next batch while
    /// another still waits for its slowest receiver, so one slow delivery does not hold the others up.
    /// </summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var lane = settings with
        {
            DeliveryBatch = Math.Max(1, settings.DeliveryBatch / settings.Lanes),
            Concurrency = Math.Max(1, settings.Concurrency / settings.Lanes),
        };
        var loops = Enumerable
            .Range(0, settings.Lanes)
            .Select(_ => LoopAsync(ct => DeliverOnceAsync(lane, ct), settings.IdleDelay, stoppingToken))
            .Append(
                LoopAsync(
                    ct => mediator.Send(new FanOutChangeEvents(settings.FanOutBatch), ct).AsTask(),
                    settings.IdleDelay,
                    stoppingToken
                )
            );
        return Task.WhenAll(loops);
    }

    private async Task LoopAsync(Func<CancellationToken, Task<int>> round, TimeSpan idleDelay, CancellationToken ct)
    {
        await Task.Yield();
        while (!ct.IsCancellationRequested)
        {
            try
            {
                if (await round(ct) == 0)
                {
                    await Task.Delay(idleDelay, ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The loop must outlive a database restart: log, wait, go on.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogLoopFailed(logger, e);
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
        }
    }

    /// <summary>One fan-out and one delivery round; returns how much work it found (0: nothing to do).</summary>
    public async Task<int> RunOnceAsync(WebhookDispatchOptions settings, CancellationToken ct)
    {
        var fannedOut = await mediator.Send(new FanOutChangeEvents(settings.FanOutBatch), ct);
        return fannedOut + await DeliverOnceAsync(settings, ct);
    }

    /// <summary>Leases a batch of due deliveries, sends them in parallel, records the accepted ones in one statement.</summary>
    private async Task<int> DeliverOnceAsync(WebhookDispatchOptions settings, CancellationToken ct)
    {
        var claimed = await mediator.Send(new ClaimWebhookDeliveries(settings.DeliveryBatch, settings.Lease), ct);
        var delivered = new System.Collections.Concurrent.ConcurrentBag<DeliveredWebhook>();
        await Parallel.ForEachAsync(
            claimed,
            new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = ct },
            async (delivery, token) =>
            {
                if (await attempts.AttemptAsync(delivery, token) is { } accepted)
                {
                    delivered.Add(accepted);
                }
            }
        );
        // The sends happened: record them even while the host stops.
        await mediator.Send(new RecordDeliveredWebhooks([.. delivered]), CancellationToken.None);
        return claimed.Count;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A webhook dispatch loop failed; retrying in a second")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);
}
