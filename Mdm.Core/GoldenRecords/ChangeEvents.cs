using System.Text.Json;
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

    public static ChangeEvent Append(
        MdmDbContext db,
        GoldenRecord golden,
        string type,
        object record,
        DateTimeOffset now,
        ChangeLinks? links = null
    )
    {
        golden.LastEventSequence++;
        var data = JsonSerializer.SerializeToDocument(
            new
            {
                goldenId = golden.Id,
                record,
                mergedIds = links?.MergedIds,
                mergedInto = links?.MergedInto,
                splitFrom = links?.SplitFrom,
                splitInto = links?.SplitInto,
            },
            SourceRecordJson.Options
        );
        return db
            .ChangeEvents.Add(
                new ChangeEvent
                {
                    Id = Guid.CreateVersion7(now),
                    GoldenId = golden.Id,
                    Sequence = golden.LastEventSequence,
                    Type = type,
                    Data = data,
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
