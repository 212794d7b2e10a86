namespace Mdm.Core.Webhooks;

/// <summary>Settings of the <c>Webhooks</c> section (contract §1).</summary>
public sealed class WebhookOptions
{
    /// <summary>
    /// Accept receivers on loopback, private, link-local and unique-local addresses. Off by default, so an API key
    /// cannot point deliveries at the network the hub runs in; turn on for development or an internal-only hub.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>
    /// Delays before each delivery attempt as comma-separated seconds (<c>0,5,300,1800</c>): one entry per attempt, the
    /// first usually 0. Unset means the Standard Webhooks schedule, from immediately to 24 h over ten attempts.
    /// </summary>
    public string? RetrySchedule { get; set; }

    /// <summary>How long a receiver has to answer one attempt before it counts as failed.</summary>
    public int TimeoutSeconds { get; set; } = 10;
}
