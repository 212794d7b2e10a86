namespace Mdm.Core.Persistence;

public static class WebhookSubscriptionStatus
{
    public const string Active = "active";

    /// <summary>Receives nothing; a deleted subscription is disabled and keeps its row for its delivery history.</summary>
    public const string Disabled = "disabled";
}

/// <summary>A receiver of change events (contract §7), registered by an API key with <c>subscriptions:manage</c>.</summary>
public sealed class WebhookSubscription
{
    public Guid Id { get; set; }
    public required string Url { get; set; }

    /// <summary>The event types delivered; empty means every type.</summary>
    public string[] EventTypes { get; set; } = [];
    public string? Description { get; set; }

    /// <summary>
    /// The <c>whsec_</c> signing secret. Stored in clear because every delivery is signed with it (a hash would not
    /// do); encrypting it at rest (Data Protection or a KMS key) is future work. Never logged, audited or listed.
    /// </summary>
    public required string Secret { get; set; }
    public required string Status { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>When it was disabled (a 410, or by request); null while active.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    /// <summary>
    /// While disabled: every change event after this position that was fanned out meanwhile was not delivered here, so
    /// re-enabling sends those (see <c>UpdateSubscription</c>).
    /// </summary>
    public long? ResumeAfterPosition { get; set; }
}
