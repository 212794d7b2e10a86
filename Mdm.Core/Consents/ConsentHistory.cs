using Mdm.Core.GoldenRecords;
using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;

namespace Mdm.Core.Consents;

/// <summary>Appends received consents to the history in the caller's transaction, after the recomputation they caused.</summary>
internal static class ConsentHistory
{
    /// <param name="received">The consent as told; its <see cref="GoldenConsent.Source"/> is the source system or the caller's source.</param>
    /// <param name="sourceRecord">The source record that carried it; null for the consent endpoint.</param>
    /// <param name="changes">The recomputation's effective changes: the entry is effective when it became current.</param>
    public static void Record(
        MdmDbContext db,
        Guid goldenId,
        GoldenConsent received,
        SourceRef? sourceRecord,
        IReadOnlyList<ConsentChange> changes,
        Actor actor,
        DateTimeOffset now
    ) =>
        db.ConsentHistory.Add(
            new ConsentHistoryEntry
            {
                GoldenId = goldenId,
                Purpose = received.Purpose,
                Channel = received.Channel,
                Status = received.Status,
                CapturedAt = received.CapturedAt,
                Source = received.Source,
                SourceSystem = sourceRecord?.SourceSystem,
                SourceId = sourceRecord?.SourceId,
                Effective = changes.Any(c => c.Current == received),
                RecordedBy = actor.Name,
                RecordedAt = now,
            }
        );

    /// <summary>The consents a new version of a source record brings that its previous version did not hold.</summary>
    public static IReadOnlyList<ConsentValue> NewIn(
        IReadOnlyList<ConsentValue>? current,
        IReadOnlyList<ConsentValue>? previous
    ) => (current ?? []).Where(c => !(previous ?? []).Contains(c)).ToList();
}
