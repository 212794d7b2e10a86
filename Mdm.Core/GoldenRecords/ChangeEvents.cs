using System.Text.Json;
using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;

namespace Mdm.Core.GoldenRecords;

/// <summary>Writes outbox rows; always called inside the transaction of the change it describes.</summary>
public static class ChangeEvents
{
    public const string Created = "golden.created";
    public const string Updated = "golden.updated";

    public static ChangeEvent Append(
        MdmDbContext db,
        GoldenRecord golden,
        string type,
        object record,
        DateTimeOffset now
    )
    {
        golden.LastEventSequence++;
        var data = JsonSerializer.SerializeToDocument(new { goldenId = golden.Id, record }, SourceRecordJson.Options);
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
