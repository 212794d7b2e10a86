using System.Text.Json;
using Mdm.Core.Consents;
using Mdm.Core.GoldenRecords;
using Mdm.Core.Imports;
using Mdm.Core.Matching;
using Mdm.Core.MatchReviews;
using Mdm.Core.Persistence;
using Mdm.Matching;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.SourceRecords;

/// <summary>Stores one validated source record and links it to a golden record (contract §3 PUT).</summary>
/// <param name="Received">The JSON as the caller sent it, kept verbatim.</param>
/// <param name="Payload">The same record read into the canonical shape (path values already applied).</param>
/// <param name="Actor">Who sent it.</param>
/// <param name="ImportLine">The import line it comes from: its result row joins the ingest's transaction, and a line
/// that already has one is not ingested again.</param>
public sealed record IngestSourceRecord(
    JsonElement Received,
    SourceRecordPayload Payload,
    Actor Actor,
    ImportLineRef? ImportLine = null
) : ICommand<IngestResult>;

public sealed class IngestSourceRecordHandler(
    IDbContextFactory<MdmDbContext> dbFactory,
    CandidateMatching matching,
    GoldenRecordWriter writer,
    TimeProvider time
) : ICommandHandler<IngestSourceRecord, IngestResult>
{
    public async ValueTask<IngestResult> Handle(IngestSourceRecord command, CancellationToken cancellationToken)
    {
        var payload = command.Payload;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await SourceSystemExistsAsync(db, payload.SourceSystem, cancellationToken))
        {
            return new IngestResult(
                payload.SourceSystem,
                payload.SourceId,
                Guid.Empty,
                IngestOutcome.UnknownSourceSystem,
                0
            );
        }
        return await db.InTransactionAsync(
            ct =>
                command.ImportLine is { } line
                    ? ImportLineRows.IngestOnceAsync(db, line, payload, t => IngestAsync(db, command, t), ct)
                    : IngestAsync(db, command, ct),
            cancellationToken
        );
    }

    private async Task<IngestResult> IngestAsync(MdmDbContext db, IngestSourceRecord command, CancellationToken ct)
    {
        var payload = command.Payload;
        var now = time.GetUtcNow();
        await AdvisoryLocks.LockSourceRecordAsync(db, payload.SourceSystem, payload.SourceId, ct);
        var row = await db.SourceRecords.SingleOrDefaultAsync(
            s => s.SourceSystem == payload.SourceSystem && s.SourceId == payload.SourceId,
            ct
        );
        var hash = SourceRecordJson.ContentHash(payload);
        var link = row is null ? null : await db.Links.SingleOrDefaultAsync(l => l.SourceRecordId == row.Id, ct);
        if (row is { DetachedAt: null } && link is not null && row.ContentHash == hash)
        {
            var current = await db.GoldenRecords.SingleAsync(g => g.Id == link.GoldenId, ct);
            return Result(payload, current.Id, IngestOutcome.Unchanged, row.Version);
        }

        var match = SourceRecordNormalizer.ToMatchRecord(payload);
        var keys = matching.KeysOf(match);
        await AdvisoryLocks.LockBlockingKeysAsync(db, keys, ct);
        await matching.CatchUpAsync(db, ct);

        row ??= db
            .SourceRecords.Add(
                new SourceRecord
                {
                    SourceSystem = payload.SourceSystem,
                    SourceId = payload.SourceId,
                    Payload = null!,
                    ContentHash = hash,
                }
            )
            .Entity;
        var previousConsents =
            payload.Consents is { Count: > 0 } && row.Payload is { } previous
                ? SourceRecordJson.Read(previous.RootElement, row.SourceSystem, row.SourceId).Consents
                : null;
        row.Payload = JsonDocument.Parse(command.Received.GetRawText());
        row.ContentHash = hash;
        row.Version++;
        row.ReceivedAt = now;
        row.SourceUpdatedAt = payload.SourceUpdatedAt;
        row.DetachedAt = null;
        SourceRecordNormalizer.Apply(row, match, keys);
        await db.SaveChangesAsync(ct);

        var reason = $"{(row.Version == 1 ? "ingest" : "update")} of {payload.SourceSystem}/{payload.SourceId}";
        var (golden, outcome, score) = link is not null
            ? (await db.GoldenRecords.SingleAsync(g => g.Id == link.GoldenId, ct), IngestOutcome.Updated, null)
            : await LinkAsync(db, row, match, keys, command.Actor, now, ct);
        var recomputation = await writer.RecomputeAsync(db, golden, command.Actor, reason, now, ct);
        if (link is not null)
        {
            await ReviewDriftAsync(db, golden.Id, match, keys, now, ct);
        }
        foreach (var consent in ConsentHistory.NewIn(payload.Consents, previousConsents))
        {
            ConsentHistory.Record(
                db,
                golden.Id,
                new GoldenConsent(
                    consent.Purpose,
                    consent.Channel,
                    consent.Status,
                    consent.CapturedAt,
                    row.SourceSystem
                ),
                new SourceRef(row.SourceSystem, row.SourceId),
                recomputation.ConsentChanges,
                command.Actor,
                now
            );
        }
        // With the best candidate's match probability, for the dashboard's score histogram: a number, no personal data.
        Audit.Record(
            db,
            command.Actor,
            "source-record.ingested",
            "source-record",
            $"{row.SourceSystem}/{row.SourceId}",
            outcome,
            now,
            score is { } best ? JsonSerializer.SerializeToDocument(new { score = best }) : null
        );
        await db.SaveChangesAsync(ct);
        matching.Index(recomputation, golden);
        return Result(payload, golden.Id, outcome, row.Version);
    }

    private async Task<(GoldenRecord Golden, string Outcome, double? Score)> LinkAsync(
        MdmDbContext db,
        SourceRecord row,
        MatchRecord match,
        IReadOnlyList<string> keys,
        Actor actor,
        DateTimeOffset now,
        CancellationToken ct
    )
    {
        var scored = await matching.EvaluateAsync(db, match, keys, ct);
        var best = scored.Count > 0 ? scored[0] : null;
        GoldenRecord golden;
        string outcome;
        if (best is { Decision: MatchDecisionKind.AutoMerge, GoldenId: var joined })
        {
            golden = await db.GoldenRecords.SingleAsync(g => g.Id == Guid.Parse(joined), ct);
            outcome = IngestOutcome.Merged;
        }
        else
        {
            golden = GoldenRecordWriter.Create(db, now);
            outcome = IngestOutcome.Created;
            if (best is { Decision: MatchDecisionKind.Review, GoldenId: var other })
            {
                MatchReviewQueue.Open(db, Guid.Parse(other), golden.Id, best, now);
                outcome = IngestOutcome.Review;
            }
        }
        db.Links.Add(
            new Link
            {
                SourceRecordId = row.Id,
                GoldenId = golden.Id,
                LinkClass = LinkClass.Automatic,
                CreatedBy = actor.Name,
                CreatedAt = now,
            }
        );
        return (golden, outcome, best?.Probability);
    }

    /// <summary>
    /// Re-matches an updated source record: when its new content looks like another customer (a new e-mail, a corrected
    /// name), the hub does not move it on its own but asks a steward about the two golden records, unless a steward
    /// already said they are different people or the question is already open.
    /// </summary>
    private async Task ReviewDriftAsync(
        MdmDbContext db,
        Guid goldenId,
        MatchRecord match,
        IReadOnlyList<string> keys,
        DateTimeOffset now,
        CancellationToken ct
    )
    {
        var own = goldenId.ToString();
        var other = (await matching.EvaluateAsync(db, match, keys, ct)).FirstOrDefault(c =>
            c.GoldenId != own && c.Decision != MatchDecisionKind.NoMatch
        );
        if (other is null)
        {
            return;
        }
        var otherId = Guid.Parse(other.GoldenId);
        var asked = await db.MatchReviews.AnyAsync(
            r =>
                r.Status == MatchReviewStatus.Open
                && (
                    (r.GoldenIdA == goldenId && r.GoldenIdB == otherId)
                    || (r.GoldenIdA == otherId && r.GoldenIdB == goldenId)
                ),
            ct
        );
        if (!asked && !await MatchExclusions.ExistsAsync(db, goldenId, otherId, ct))
        {
            MatchReviewQueue.Open(db, otherId, goldenId, other, now);
        }
    }

    private static async Task<bool> SourceSystemExistsAsync(MdmDbContext db, string code, CancellationToken ct) =>
        await db.SourceSystems.AnyAsync(s => s.Code == code, ct);

    private static IngestResult Result(SourceRecordPayload p, Guid goldenId, string outcome, int version) =>
        new(p.SourceSystem, p.SourceId, goldenId, outcome, version);
}
