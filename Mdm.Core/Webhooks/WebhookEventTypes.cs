using Mdm.Core.GoldenRecords;

namespace Mdm.Core.Webhooks;

/// <summary>The event types a subscription may ask for (contract §7).</summary>
public static class WebhookEventTypes
{
    public const string GoldenErased = "golden.erased";

    public static IReadOnlySet<string> All { get; } =
        new HashSet<string>(
            [
                ChangeEvents.Created,
                ChangeEvents.Updated,
                ChangeEvents.Merged,
                ChangeEvents.Split,
                GoldenErased,
                ChangeEvents.ConsentChanged,
            ],
            StringComparer.Ordinal
        );
}
