namespace Mdm.Sync.Webhooks;

/// <summary>How the webhook worker batches and paces its work (section <c>Webhooks</c>).</summary>
public sealed record WebhookDispatchOptions
{
    /// <summary>Whether this process runs the webhook worker (where the Hangfire workers run, by default yes).</summary>
    public bool RunDispatcher { get; set; } = true;

    /// <summary>Outbox events turned into deliveries per round.</summary>
    public int FanOutBatch { get; set; } = 1000;

    /// <summary>Deliveries leased per round.</summary>
    public int DeliveryBatch { get; set; } = 200;

    /// <summary>Deliveries sent at once (shared by the lanes).</summary>
    public int Concurrency { get; set; } = 32;

    /// <summary>Delivery loops per process, each leasing its share of <see cref="DeliveryBatch"/>.</summary>
    public int Lanes { get; set; } = 4;

    /// <summary>How long a leased delivery is this worker's; longer than the send timeout, so only a dead worker loses it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The rest between rounds when there was nothing to do.</summary>
    public TimeSpan IdleDelay { get; set; } = TimeSpan.FromMilliseconds(100);
}
