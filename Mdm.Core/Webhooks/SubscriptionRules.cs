namespace Mdm.Core.Webhooks;

/// <summary>What a subscription's URL and event types must be, for creating and for changing one.</summary>
internal static class SubscriptionRules
{
    /// <summary>Problems by request field (<c>url</c>, <c>eventTypes</c>); a null value is not checked.</summary>
    public static async Task<Dictionary<string, string[]>> CheckAsync(
        WebhookUrlPolicy urlPolicy,
        string? url,
        IReadOnlyList<string>? eventTypes,
        CancellationToken ct
    )
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (url is not null && await urlPolicy.CheckAsync(url, ct) is { } urlProblem)
        {
            errors["url"] = [urlProblem];
        }
        if (eventTypes?.FirstOrDefault(t => !WebhookEventTypes.All.Contains(t)) is { } unknown)
        {
            errors["eventTypes"] =
            [
                $"Unknown event type '{unknown}'. Known: {string.Join(", ", WebhookEventTypes.All)}.",
            ];
        }
        return errors;
    }

    public static string[] Normalize(IReadOnlyList<string> eventTypes) =>
        eventTypes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
