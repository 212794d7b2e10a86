using Mdm.Core.Matching;
using Mdm.Core.MatchReviews;
using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.GoldenRecords;

/// <summary>
/// Moves chosen source records out of a golden record into a new one (contract §4 split). The moved links are a
/// steward's, and the two golden records are remembered as different people, so automation never merges them again.
/// </summary>
public sealed record SplitGoldenRecord(Guid GoldenId, IReadOnlyList<SourceRef> Sources, Actor Actor)
    : ICommand<SplitResult>;

public enum SplitOutcome
{
    Split,
    NotFound,
    NotActive,
    NotMembers,
    WouldEmpty,
}

/// <summary>The outcome; <see cref="NewGoldenId"/> on success, <see cref="NotMembers"/> when some sources are not members.</summary>
public sealed record SplitResult(SplitOutcome Outcome, Guid? NewGoldenId, IReadOnlyList<SourceRef> NotMembers);

public sealed class SplitGoldenRecordHandler(
    IDbContextFactory<MdmDbContext> dbFactory,
    CandidateMatching matching,
    GoldenRecordWriter writer,
    TimeProvider time
) : ICommandHandler<SplitGoldenRecord, SplitResult>
{
    public async ValueTask<SplitResult> Handle(SplitGoldenRecord command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.InTransactionAsync(ct => SplitAsync(db, command, ct), cancellationToken);
    }

    private async Task<SplitResult> SplitAsync(MdmDbContext db, SplitGoldenRecord command, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await AdvisoryLocks.LockGoldenRecordsAsync(db, [command.GoldenId], ct);
        var golden = await db.GoldenRecords.SingleOrDefaultAsync(g => g.Id == command.GoldenId, ct);
        if (golden is null || golden.Status != GoldenStatus.Active)
        {
            return new(golden is null ? SplitOutcome.NotFound : SplitOutcome.NotActive, null, []);
        }
        var members = await db
            .Links.Where(l => l.GoldenId == golden.Id)
            .Join(
                db.SourceRecords.Where(s => s.DetachedAt == null),
                l => l.SourceRecordId,
                s => s.Id,
                (l, s) =>
                    new
                    {
                        Link = l,
                        s.SourceSystem,
                        s.SourceId,
                    }
            )
            .ToListAsync(ct);
        var wanted = command.Sources.Distinct().ToList();
        var moving = members.Where(m => wanted.Contains(new SourceRef(m.SourceSystem, m.SourceId))).ToList();
        var missing = wanted
            .Where(w => !members.Any(m => m.SourceSystem == w.SourceSystem && m.SourceId == w.SourceId))
            .ToList();
        if (missing.Count > 0)
        {
            return new(SplitOutcome.NotMembers, null, missing);
        }
        if (moving.Count == members.Count)
        {
            return new(SplitOutcome.WouldEmpty, null, []);
        }
        var created = GoldenRecordWriter.Create(db, now);
        foreach (var m in moving)
        {
            db.Links.Remove(m.Link);
        }
        await db.SaveChangesAsync(ct);
        foreach (var m in moving)
        {
            db.Links.Add(
                new Link
                {
                    SourceRecordId = m.Link.SourceRecordId,
                    GoldenId = created.Id,
                    LinkClass = LinkClass.Steward,
                    CreatedBy = command.Actor.Name,
                    CreatedAt = now,
                }
            );
        }
        var reason = $"split of {moving.Count} source record(s) into {created.Id}";
        await MatchExclusions.AddAsync(db, golden.Id, created.Id, command.Actor.Name, reason, now, ct);
        var original = await writer.RecomputeAsync(
            db,
            golden,
            command.Actor,
            reason,
            now,
            ct,
            ChangeEvents.Split,
            new ChangeLinks(SplitInto: created.Id)
        );
        var fresh = await writer.RecomputeAsync(
            db,
            created,
            command.Actor,
            $"split from {golden.Id}",
            now,
            ct,
            ChangeEvents.Created,
            new ChangeLinks(SplitFrom: golden.Id)
        );
        Audit.Record(db, command.Actor, "golden-record.split", "golden-record", golden.Id.ToString(), reason, now);
        await db.SaveChangesAsync(ct);
        matching.Index(original, golden);
        matching.Index(fresh, created);
        return new(SplitOutcome.Split, created.Id, []);
    }
}
