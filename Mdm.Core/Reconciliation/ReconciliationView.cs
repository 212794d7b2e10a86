using System.Linq.Expressions;
using System.Text.Json;
using Mdm.Core.Imports;
using Mdm.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Reconciliation;

/// <summary>A reconciliation run as a caller or a steward sees it (contract §8 <c>GET /reconciliation/runs/{id}</c>).</summary>
/// <param name="Status">The status of the import reading the extract: queued, running, completed or failed.</param>
/// <param name="Items">A first page of items, when asked for; null in lists.</param>
/// <param name="ItemsNext">The cursor of the next page of items, or null.</param>
public sealed record ReconciliationView(
    Guid Id,
    string Status,
    string SourceSystem,
    string FileName,
    string Format,
    ImportProgress Progress,
    ReconciliationCounts Counts,
    bool DetachMissing,
    long Detached,
    string? Error,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<ReconciliationItem>? Items = null,
    string? ItemsNext = null
)
{
    /// <summary>The runs whose import passes <paramref name="filter"/>, newest first (line counts as of the last batch).</summary>
    internal static IQueryable<ReconciliationView> Query(MdmDbContext db, Expression<Func<Import, bool>> filter) =>
        from i in db.Imports.AsNoTracking().Where(filter)
        join r in db.ReconciliationRuns.AsNoTracking() on i.Id equals r.Id
        orderby i.CreatedAt descending, i.Id descending
        select new ReconciliationView(
            i.Id,
            i.Status,
            i.SourceSystem,
            i.FileName,
            i.Format,
            new ImportProgress(i.BytesRead, i.TotalBytes, i.LinesRead),
            new ReconciliationCounts(i.Created + i.Merged + i.Review, r.InMdmOnly, i.Updated, i.Unchanged, i.Failed),
            r.DetachMissing,
            r.Detached,
            i.Error,
            i.CreatedBy,
            i.CreatedAt,
            i.StartedAt,
            i.FinishedAt,
            null,
            null
        );
}

/// <summary>Source records per outcome; <see cref="Failed"/> counts extract lines that could not be read.</summary>
public sealed record ReconciliationCounts(long InSourceOnly, long InMdmOnly, long Drifted, long Matched, long Failed);

/// <summary>
/// One source record's outcome: an extract line (<see cref="Line"/> set) or a source record the extract lacks.
/// <see cref="Problem"/> names the fields and rules a failed line broke, never the values.
/// </summary>
public sealed record ReconciliationItem(
    long? Line,
    string SourceSystem,
    string? SourceId,
    string Outcome,
    Guid? GoldenId,
    bool Detached,
    JsonElement? Problem
);
