using System.Text.Json;
using Mdm.Core.Consents;
using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;

namespace Mdm.Core.GoldenRecords;

/// <summary>Writes outbox rows; always called inside the transaction of the change it describes.</summary>
public static class ChangeEvents
{
    public const string Created = "golden.created";
    public const string Updated = "golden.updated";
    public const string Merged = "golden.merged";
    public const string Split = "golden.split";
    public const string ConsentChanged = "consent.changed";

    public static ChangeEvent Append(
        MdmDbContext db,
        GoldenRecord golden,
        string type,
        object record,
        DateTimeOffset now,
        ChangeLinks? links = null
    )
    {
        var data = new
        {
            goldenId = golden.Id,
            record,
            mergedIds = links?.MergedIds,
            mergedInto = links?.MergedInto,
            splitFrom = links?.SplitFrom,
            splitInto = links?.SplitInto,
        };
        return Add(db, golden, type, data, now);
    }

    /// <summary>A <c>consent.changed</c> event: one purpose and channel's current consent before and after.</summary>
    public static ChangeEvent AppendConsentChanged(
        MdmDbContext db,
        GoldenRecord golden,
        ConsentChange change,
        DateTimeOffset now
    ) =>
        Add(
            db,
            golden,
            ConsentChanged,
            new
            {
                goldenId = golden.Id,
                version = golden.Version,
                purpose = change.Purpose,
                channel = change.Channel,
                status = change.Current?.Status,
                capturedAt = change.Current?.CapturedAt,
                source = change.Current?.Source,
                previous = change.Previous is { } p
                    ? new
                    {
                        status = p.Status,
                        capturedAt = p.CapturedAt,
                        source = p.Source,
                    }
                    : null,
            },
            now
        );

    private static ChangeEvent Add(MdmDbContext db, GoldenRecord golden, string type, object data, DateTimeOffset now)
    {
        golden.LastEventSequence++;
        return db
            .ChangeEvents.Add(
                new ChangeEvent
                {
                    Id = Guid.CreateVersion7(now),
                    GoldenId = golden.Id,
                    Sequence = golden.LastEventSequence,
                    GoldenVersion = golden.Version,
                    Type = type,
                    Data = JsonSerializer.SerializeToDocument(data, SourceRecordJson.Options),
                    CreatedAt = now,
                }
            )
            .Entity;
    }
}

/// <summary>How a change ties golden records together, carried in the event's data.</summary>
/// <param name="MergedIds">On the survivor of a merge: the golden records merged into it.</param>
/// <param name="MergedInto">On a golden record merged away: its survivor.</param>
/// <param name="SplitFrom">On a golden record made by a split: the one it was split from.</param>
/// <param name="SplitInto">On a golden record split: the golden record its moved source records now form.</param>
public sealed record ChangeLinks(
    IReadOnlyList<Guid>? MergedIds = null,
    Guid? MergedInto = null,
    Guid? SplitFrom = null,
    Guid? SplitInto = null
);
