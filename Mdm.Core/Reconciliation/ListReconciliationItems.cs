using System.Globalization;
using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Reconciliation;

/// <summary>
/// One page of a run's items: the extract's lines in line order, then the source records it lacks in source-id order;
/// optionally of one outcome. Null when there is no such run.
/// </summary>
public sealed record ListReconciliationItems(Guid RunId, ReconciliationItemQuery Page)
    : IQuery<ReconciliationItemPage?>;

/// <param name="Outcome">One of <see cref="ReconciliationOutcome.All"/>, or null for every item.</param>
/// <param name="After">The previous page's <see cref="ReconciliationItemPage.Next"/>, or null for the first page.</param>
public sealed record ReconciliationItemQuery(string? Outcome, int Limit, string? After)
{
    /// <summary>Whether <paramref name="after"/> is a cursor this query could have returned.</summary>
    public static bool IsCursor(string after) =>
        after.StartsWith('m') && after.Length > 1
        || after.StartsWith('l')
            && long.TryParse(after.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out _);
}

public sealed record ReconciliationItemPage(IReadOnlyList<ReconciliationItem> Items, string? Next);

public sealed class ListReconciliationItemsHandler(IDbContextFactory<MdmDbContext> dbFactory)
    : IQueryHandler<ListReconciliationItems, ReconciliationItemPage?>
{
    public async ValueTask<ReconciliationItemPage?> Handle(
        ListReconciliationItems query,
        CancellationToken cancellationToken
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var view = await ReconciliationView.Query(db, i => i.Id == query.RunId).SingleOrDefaultAsync(cancellationToken);
        return view is null ? null : await ReconciliationItemPages.ReadAsync(db, view, query.Page, cancellationToken);
    }
}

/// <summary>
/// Reads items by keyset: a cursor <c>l{line}</c> continues among the lines, <c>m{sourceId}</c> among the records the
/// extract lacks.
/// </summary>
internal static class ReconciliationItemPages
{
    public static async Task<ReconciliationItemPage> ReadAsync(
        MdmDbContext db,
        ReconciliationView run,
        ReconciliationItemQuery page,
        CancellationToken ct
    )
    {
        var items = new List<ReconciliationItem>();
        var after = page.After ?? "l0";
        // A line cursor continues among the lines and then starts the missing records from the first.
        var missingAfter = after[0] == 'm' ? after[1..] : "";
        if (after[0] == 'l' && page.Outcome != ReconciliationOutcome.InMdmOnly)
        {
            items.AddRange(
                await ReadLinesAsync(db, run, page, long.Parse(after.AsSpan(1), CultureInfo.InvariantCulture), ct)
            );
        }
        if (items.Count <= page.Limit && (page.Outcome is null or ReconciliationOutcome.InMdmOnly))
        {
            items.AddRange(await ReadMissingAsync(db, run, page.Limit + 1 - items.Count, missingAfter, ct));
        }
        var shown = items.Take(page.Limit).ToList();
        var next = items.Count > page.Limit ? CursorOf(shown[^1]) : null;
        return new ReconciliationItemPage(shown, next);
    }

    private static string CursorOf(ReconciliationItem item) =>
        item.Line is { } line ? "l" + line.ToString(CultureInfo.InvariantCulture) : "m" + item.SourceId;

    private static async Task<IEnumerable<ReconciliationItem>> ReadLinesAsync(
        MdmDbContext db,
        ReconciliationView run,
        ReconciliationItemQuery page,
        long afterLine,
        CancellationToken ct
    )
    {
        var lines = db.ImportLines.AsNoTracking().Where(l => l.ImportId == run.Id && l.LineNo > afterLine);
        if (page.Outcome is { } outcome)
        {
            var ingestOutcomes = ReconciliationOutcome.IngestOutcomesOf(outcome);
            lines = lines.Where(l => ingestOutcomes.Contains(l.Outcome));
        }
        var rows = await lines.OrderBy(l => l.LineNo).Take(page.Limit + 1).ToListAsync(ct);
        return rows.Select(l => new ReconciliationItem(
            l.LineNo,
            run.SourceSystem,
            l.SourceId,
            ReconciliationOutcome.OfLine(l.Outcome),
            l.GoldenId,
            false,
            l.Problem?.RootElement.Clone()
        ));
    }

    private static async Task<IEnumerable<ReconciliationItem>> ReadMissingAsync(
        MdmDbContext db,
        ReconciliationView run,
        int limit,
        string afterSourceId,
        CancellationToken ct
    )
    {
        var rows = await db
            .ReconciliationMissingItems.AsNoTracking()
#pragma warning disable CA1309 // Translated to SQL's >, in the column's collation, as ORDER BY sorts.
            .Where(m => m.RunId == run.Id && string.Compare(m.SourceId, afterSourceId) > 0)
#pragma warning restore CA1309
            .OrderBy(m => m.SourceId)
            .Take(limit)
            .ToListAsync(ct);
        return rows.Select(m => new ReconciliationItem(
            null,
            run.SourceSystem,
            m.SourceId,
            ReconciliationOutcome.InMdmOnly,
            m.GoldenId,
            m.DetachedAt is not null,
            null
        ));
    }
}
