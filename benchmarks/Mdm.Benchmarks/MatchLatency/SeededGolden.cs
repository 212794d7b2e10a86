using System.Text.Json;
using Mdm.Core;
using Mdm.Core.GoldenRecords;
using Mdm.Core.Hosting;
using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;
using Mdm.Matching.Candidates;

namespace Mdm.Benchmarks.MatchLatency;

/// <summary>
/// One person as the hub stores it after ingesting their source records through the API: the golden record, its
/// source records and links, and (one, for its final state) history version and <c>golden.created</c> event.
/// </summary>
internal sealed record SeededGolden(
    GoldenRecord Golden,
    IReadOnlyList<SourceRecord> Members,
    IReadOnlyList<Link> Links,
    GoldenRecordVersion Version,
    ChangeEvent Created
)
{
    /// <summary>Who loaded them: the bootstrap admin key, as <c>scripts/run.sh</c>'s sample loader does.</summary>
    public static Actor Loader { get; } = Actor.ApiKey(DatabaseInitializer.BootstrapKeyName);

    /// <param name="members">The person's source records, each with its id and the time the hub received it.</param>
    /// <param name="position">The change-feed position of the golden record's event.</param>
    public static SeededGolden From(
        IReadOnlyList<(SourceRecord Row, SourceRecordPayload Payload)> members,
        long position
    )
    {
        var created = members[0].Row.ReceivedAt;
        var last = members[^1];
        // What GoldenRecordWriter.RecomputeAsync computes from the live members.
        var values = Survivorship.Compute([.. members.Select(m => new SurvivorshipInput(m.Row.ReceivedAt, m.Payload))]);
        var golden = new GoldenRecord
        {
            Id = Guid.CreateVersion7(created),
            Version = 1,
            Status = GoldenStatus.Active,
            Document = JsonSerializer.SerializeToDocument(values, SourceRecordJson.Options),
            LastEventSequence = 1,
            CreatedAt = created,
            UpdatedAt = last.Row.ReceivedAt,
        };
        var links = members
            .Select(m => new Link
            {
                SourceRecordId = m.Row.Id,
                GoldenId = golden.Id,
                LinkClass = LinkClass.Automatic,
                CreatedBy = Loader.Name,
                CreatedAt = m.Row.ReceivedAt,
            })
            .ToList();
        var version = new GoldenRecordVersion
        {
            GoldenId = golden.Id,
            Version = golden.Version,
            Status = golden.Status,
            Document = golden.Document,
            ChangedBy = Loader.Name,
            Reason = $"ingest of {last.Row.SourceSystem}/{last.Row.SourceId}",
            ChangedAt = golden.UpdatedAt,
        };
        // The shape ChangeEvents.Append writes.
        var data = new { goldenId = golden.Id, record = GoldenRecordView.From(golden) };
        var change = new ChangeEvent
        {
            Position = position,
            Id = Guid.CreateVersion7(golden.UpdatedAt),
            GoldenId = golden.Id,
            Sequence = golden.LastEventSequence,
            Type = ChangeEvents.Created,
            Data = JsonSerializer.SerializeToDocument(data, SourceRecordJson.Options),
            CreatedAt = golden.UpdatedAt,
        };
        return new SeededGolden(golden, [.. members.Select(m => m.Row)], links, version, change);
    }

    /// <summary>The stored source record of one validated JSON line, with the columns the ingest path derives.</summary>
    public static (SourceRecord Row, SourceRecordPayload Payload) Member(
        JsonDocument received,
        long id,
        DateTimeOffset receivedAt
    )
    {
        var payload = SourceRecordJson.Read(received.RootElement);
        var match = SourceRecordNormalizer.ToMatchRecord(payload);
        var row = new SourceRecord
        {
            Id = id,
            SourceSystem = payload.SourceSystem,
            SourceId = payload.SourceId,
            Payload = received,
            ContentHash = SourceRecordJson.ContentHash(payload),
            Version = 1,
            ReceivedAt = receivedAt,
            SourceUpdatedAt = payload.SourceUpdatedAt,
        };
        // The API's matcher (FellegiSunterMatcher) answers KeysOf with BlockingKeys.For.
        SourceRecordNormalizer.Apply(row, match, BlockingKeys.For(match));
        return (row, payload);
    }
}
