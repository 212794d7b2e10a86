namespace Mdm.Sync.Webhooks;

/// <summary>
/// One delivery attempt's input. <paramref name="WebhookId"/> stays the same across retries so a receiver can
/// de-duplicate; <paramref name="Body"/> is sent and signed byte for byte as given.
/// </summary>
public sealed record WebhookMessage(Uri Url, string Secret, string WebhookId, DateTimeOffset Timestamp, string Body);

public enum WebhookOutcome
{
    /// <summary>The receiver answered 2xx in time.</summary>
    Delivered,

    /// <summary>Worth retrying per the schedule: another status, a redirect, a timeout, a connection error.</summary>
    Failed,

    /// <summary>The receiver answered 410 Gone: it wants no more deliveries, so the subscription should be disabled.</summary>
    Gone,
}

/// <summary>
/// What one attempt did. <paramref name="Reason"/> is short and safe to store and show: a status code, "timeout",
/// "refused address" or an error kind, never the response body or anything from the payload.
/// </summary>
public sealed record WebhookAttemptResult(WebhookOutcome Outcome, int? StatusCode, string? Reason, TimeSpan Duration);
