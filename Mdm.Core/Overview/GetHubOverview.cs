using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Overview;

/// <summary>Counts for the steward home page; aggregate numbers only, no personal data.</summary>
public sealed record GetHubOverview : IQuery<HubOverview>;

public sealed record HubOverview(
    IReadOnlyDictionary<string, int> GoldenRecordsByStatus,
    IReadOnlyList<SourceSystemCount> SourceRecordsBySystem,
    int OpenMatchReviews
);

public sealed record SourceSystemCount(string SourceSystem, string Name, int LiveSourceRecords);

public sealed class GetHubOverviewHandler(IDbContextFactory<MdmDbContext> dbFactory)
    : IQueryHandler<GetHubOverview, HubOverview>
{
    public async ValueTask<HubOverview> Handle(GetHubOverview query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var byStatus = await db
            .GoldenRecords.GroupBy(g => g.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var bySystem = await db
            .SourceSystems.OrderBy(s => s.Code)
            .Select(s => new SourceSystemCount(
                s.Code,
                s.Name,
                db.SourceRecords.Count(r => r.SourceSystem == s.Code && r.DetachedAt == null)
            ))
            .ToListAsync(cancellationToken);
        var openReviews = await db.MatchReviews.CountAsync(r => r.Status == MatchReviewStatus.Open, cancellationToken);
        return new HubOverview(byStatus, bySystem, openReviews);
    }
}
