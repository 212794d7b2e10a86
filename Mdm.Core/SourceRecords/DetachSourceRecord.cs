using Mdm.Core.GoldenRecords;
using Mdm.Core.Matching;
using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.SourceRecords;

/// <summary>Detaches a source record from its golden record (contract §3 DELETE). The row is kept, marked detached.</summary>
public sealed record DetachSourceRecord(string SourceSystem, string SourceId, Actor Actor) : ICommand<DetachResult>;

/// <summary>Null <see cref="GoldenId"/> means there was no live source record to detach.</summary>
public sealed record DetachResult(Guid? GoldenId, string? GoldenStatus);

public sealed class DetachSourceRecordHandler(
    IDbContextFactory<MdmDbContext> dbFactory,
    CandidateMatching matching,
    GoldenRecordWriter writer,
    TimeProvider time
) : ICommandHandler<DetachSourceRecord, DetachResult>
{
    public async ValueTask<DetachResult> Handle(DetachSourceRecord command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.InTransactionAsync(ct => DetachAsync(db, command, ct), cancellationToken);
    }

    private async Task<DetachResult> DetachAsync(MdmDbContext db, DetachSourceRecord command, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await AdvisoryLocks.LockSourceRecordAsync(db, command.SourceSystem, command.SourceId, ct);
        var row = await db.SourceRecords.SingleOrDefaultAsync(
            s => s.SourceSystem == command.SourceSystem && s.SourceId == command.SourceId && s.DetachedAt == null,
            ct
        );
        var link = row is null ? null : await db.Links.SingleOrDefaultAsync(l => l.SourceRecordId == row.Id, ct);
        if (row is null || link is null)
        {
            return new DetachResult(null, null);
        }
        row.DetachedAt = now;
        row.Version++;
        db.Links.Remove(link);
        var golden = await db.GoldenRecords.SingleAsync(g => g.Id == link.GoldenId, ct);
        var reason = $"detach of {row.SourceSystem}/{row.SourceId}";
        var recomputation = await writer.RecomputeAsync(db, golden, command.Actor, reason, now, ct);
        Audit.Record(
            db,
            command.Actor,
            "source-record.detached",
            "source-record",
            $"{row.SourceSystem}/{row.SourceId}",
            null,
            now
        );
        await db.SaveChangesAsync(ct);
        matching.Index(recomputation, golden);
        return new DetachResult(golden.Id, golden.Status);
    }
}
