using System.Runtime.CompilerServices;
using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.GoldenRecords;

/// <summary>One page of the crosswalk, ordered by the source record's internal id; <paramref name="After"/> is exclusive.</summary>
public sealed record ListXrefs(long After, int Limit) : IQuery<XrefPage>;

public sealed record Xref(string SourceSystem, string SourceId, Guid GoldenId);

public sealed record XrefPage(IReadOnlyList<Xref> Items, long? NextAfter);

public sealed class ListXrefsHandler(IDbContextFactory<MdmDbContext> dbFactory) : IQueryHandler<ListXrefs, XrefPage>
{
    public async ValueTask<XrefPage> Handle(ListXrefs query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await Rows(db, query.After).Take(query.Limit + 1).ToListAsync(cancellationToken);
        var items = rows.Take(query.Limit).Select(r => new Xref(r.SourceSystem, r.SourceId, r.GoldenId)).ToList();
        return new XrefPage(items, rows.Count > query.Limit ? rows[query.Limit - 1].Id : null);
    }

    /// <summary>The whole crosswalk as a stream, read in pages so memory stays flat.</summary>
    public static async IAsyncEnumerable<Xref> StreamAll(
        IDbContextFactory<MdmDbContext> dbFactory,
        [EnumeratorCancellation] CancellationToken ct
    )
    {
        const int pageSize = 5_000;
        long after = 0;
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var rows = await Rows(db, after).Take(pageSize).ToListAsync(ct);
            foreach (var r in rows)
            {
                yield return new Xref(r.SourceSystem, r.SourceId, r.GoldenId);
            }
            if (rows.Count < pageSize)
            {
                yield break;
            }
            after = rows[^1].Id;
        }
    }

    private static IQueryable<XrefRow> Rows(MdmDbContext db, long after) =>
        db
            .SourceRecords.AsNoTracking()
            .Where(s => s.Id > after && s.DetachedAt == null)
            .Join(
                db.Links,
                s => s.Id,
                l => l.SourceRecordId,
                (s, l) =>
                    new XrefRow
                    {
                        Id = s.Id,
                        SourceSystem = s.SourceSystem,
                        SourceId = s.SourceId,
                        GoldenId = l.GoldenId,
                    }
            )
            .OrderBy(r => r.Id);

    private sealed class XrefRow
    {
        public long Id { get; init; }
        public required string SourceSystem { get; init; }
        public required string SourceId { get; init; }
        public Guid GoldenId { get; init; }
    }
}
