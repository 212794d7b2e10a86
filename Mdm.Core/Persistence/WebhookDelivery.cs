namespace Mdm.Core.Persistence;

public static class WebhookDeliveryStatus
{
    /// <summary>Waiting for its first or next attempt.</summary>
    public const string Pending = "pending";

    public const string Delivered = "delivered";

    /// <summary>Every attempt of the retry schedule failed: kept for inspection and replay.</summary>
    public const string Dead = "dead";

    /// <summary>Not sent: its subscription was disabled or deleted first.</summary>
    public const string Cancelled = "cancelled";
}

/// <summary>
/// One change event for one subscription. Its <see cref="WebhookId"/> is sent on every attempt, so a receiver can
/// drop a repeat; per subscription and golden record, deliveries go out in the events' sequence order.
/// </summary>
public sealed class WebhookDelivery
{
    public long Id { get; set; }
    public Guid SubscriptionId { get; set; }
    public long EventPosition { get; set; }
    public Guid GoldenId { get; set; }
    public int Sequence { get; set; }
    public required string WebhookId { get; set; }
    public required string Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>A worker's lease: while in the future, no other worker claims this delivery.</summary>
    public DateTimeOffset? LockedUntil { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
}
