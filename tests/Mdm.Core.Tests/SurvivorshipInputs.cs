using Mdm.Core.GoldenRecords;
using Mdm.Core.SourceRecords;

namespace Mdm.Core.Tests;

/// <summary>Builders the survivorship tests share: a bare payload and its input as survivorship sees it.</summary>
internal static class SurvivorshipInputs
{
    public static readonly DateTimeOffset March = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    public static SourceRecordPayload Payload(string system, string id, DateTimeOffset? updatedAt) =>
        new()
        {
            SourceSystem = system,
            SourceId = id,
            SourceUpdatedAt = updatedAt,
        };

    public static SurvivorshipInput Input(SourceRecordPayload payload, DateTimeOffset? receivedAt = null) =>
        new(receivedAt ?? March, payload);
}
