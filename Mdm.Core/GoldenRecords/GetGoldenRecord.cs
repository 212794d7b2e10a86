using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.GoldenRecords;

/// <summary>A golden record by id, whatever its status (a merged one names its survivor).</summary>
public sealed record GetGoldenRecord(Guid GoldenId) : IQuery<GoldenRecordView?>;

/// <summary>The golden record that holds a live source record.</summary>
public sealed record GetGoldenRecordBySource(string SourceSystem, string SourceId) : IQuery<GoldenRecordView?>;

public sealed class GetGoldenRecordHandler(IDbContextFactory<MdmDbContext> dbFactory)
    : IQueryHandler<GetGoldenRecord, GoldenRecordView?>,
        IQueryHandler<GetGoldenRecordBySource, GoldenRecordView?>
{
    public async ValueTask<GoldenRecordView?> Handle(GetGoldenRecord query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var golden = await db
            .GoldenRecords.AsNoTracking()
            .SingleOrDefaultAsync(g => g.Id == query.GoldenId, cancellationToken);
        return golden is null ? null : GoldenRecordView.From(golden);
    }

    public async ValueTask<GoldenRecordView?> Handle(GetGoldenRecordBySource query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var golden = await db
            .SourceRecords.AsNoTracking()
            .Where(s => s.SourceSystem == query.SourceSystem && s.SourceId == query.SourceId && s.DetachedAt == null)
            .Join(db.Links, s => s.Id, l => l.SourceRecordId, (s, l) => l.GoldenId)
            .Join(db.GoldenRecords, id => id, g => g.Id, (id, g) => g)
            .SingleOrDefaultAsync(cancellationToken);
        return golden is null ? null : GoldenRecordView.From(golden);
    }
}
