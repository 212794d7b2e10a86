namespace Mdm.Core.Webhooks;

/// <summary>Settings of the <c>Webhooks</c> section (contract §1).</summary>
public sealed class WebhookOptions
{
    /// <summary>
    /// Accept receivers on loopback, private, link-local and unique-local addresses. Off by default, so an API key
    /// cannot point deliveries at the network the hub runs in; turn on for development or an internal-only hub.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }
}
