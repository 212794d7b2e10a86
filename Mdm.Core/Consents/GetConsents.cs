using Mdm.Core.GoldenRecords;
using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Consents;

/// <summary>
/// A golden record's consents (contract §6): the current one per purpose and channel, and every consent received, newest
/// first — including those received by golden records since merged into it. A merged-away id answers for its survivor.
/// </summary>
public sealed record GetConsents(Guid GoldenId) : IQuery<ConsentsView?>;

public sealed record ConsentsView(
    Guid GoldenId,
    string Status,
    IReadOnlyList<GoldenConsent> Current,
    IReadOnlyList<ConsentHistoryItem> History
);

/// <param name="GoldenId">The golden record it was recorded on (one since merged into this one, or this one).</param>
/// <param name="SourceRecord">The source record that carried it; null when told through the consent endpoint.</param>
/// <param name="Effective">Whether it became the current consent when it arrived.</param>
public sealed record ConsentHistoryItem(
    string Purpose,
    string Channel,
    string Status,
    DateTimeOffset CapturedAt,
    string Source,
    SourceRef? SourceRecord,
    bool Effective,
    Guid GoldenId,
    string RecordedBy,
    DateTimeOffset RecordedAt
);

public sealed class GetConsentsHandler(IDbContextFactory<MdmDbContext> dbFactory)
    : IQueryHandler<GetConsents, ConsentsView?>
{
    public async ValueTask<ConsentsView?> Handle(GetConsents query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await GoldenSurvivor.FollowAsync(db, query.GoldenId, cancellationToken) is not { } id)
        {
            return null;
        }
        var golden = await db.GoldenRecords.AsNoTracking().SingleAsync(g => g.Id == id, cancellationToken);
        var family = await db
            .Database.SqlQuery<Guid>(
                $"""
                WITH RECURSIVE family(id) AS (
                    SELECT {id}
                    UNION SELECT g.id FROM golden_records g JOIN family f ON g.merged_into = f.id
                )
                SELECT id AS "Value" FROM family
                """
            )
            .ToListAsync(cancellationToken);
        var history = await db
            .ConsentHistory.AsNoTracking()
            .Where(h => family.Contains(h.GoldenId))
            .OrderByDescending(h => h.Id)
            .ToListAsync(cancellationToken);
        return new ConsentsView(
            golden.Id,
            golden.Status,
            GoldenRecordView.From(golden).Consents,
            history
                .Select(h => new ConsentHistoryItem(
                    h.Purpose,
                    h.Channel,
                    h.Status,
                    h.CapturedAt,
                    h.Source,
                    h.SourceSystem is { } system ? new SourceRef(system, h.SourceId!) : null,
                    h.Effective,
                    h.GoldenId,
                    h.RecordedBy,
                    h.RecordedAt
                ))
                .ToList()
        );
    }
}
