using System.Globalization;
using System.Text.Json;
using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Imports;

/// <summary>
/// One page of an import's failed lines in line order (<c>GET /imports/{id}/errors</c>); null when there is no such
/// import.
/// </summary>
/// <param name="AfterLine">The previous page's <see cref="ImportErrorPage.Next"/> (a line number), or null.</param>
public sealed record ListImportErrors(Guid ImportId, int Limit, long? AfterLine) : IQuery<ImportErrorPage?>;

/// <summary>A failed line: where it starts in the file and the problem (fields and rules, never values).</summary>
public sealed record ImportLineError(long Line, JsonElement Problem);

public sealed record ImportErrorPage(IReadOnlyList<ImportLineError> Items, string? Next);

public sealed class ListImportErrorsHandler(IDbContextFactory<MdmDbContext> dbFactory)
    : IQueryHandler<ListImportErrors, ImportErrorPage?>
{
    public async ValueTask<ImportErrorPage?> Handle(ListImportErrors query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Imports.AnyAsync(i => i.Id == query.ImportId, cancellationToken))
        {
            return null;
        }
        return await ImportErrorPages.ReadAsync(db, query.ImportId, query.Limit, query.AfterLine, cancellationToken);
    }
}

internal static class ImportErrorPages
{
    public static async Task<ImportErrorPage> ReadAsync(
        MdmDbContext db,
        Guid importId,
        int limit,
        long? afterLine,
        CancellationToken ct
    )
    {
        var after = afterLine ?? 0;
        var rows = await db
            .ImportLines.AsNoTracking()
            .Where(l => l.ImportId == importId && l.Outcome == ImportLine.FailedOutcome && l.LineNo > after)
            .OrderBy(l => l.LineNo)
            .Take(limit + 1)
            .Select(l => new { l.LineNo, l.Problem })
            .ToListAsync(ct);
        var items = rows.Take(limit)
            .Select(r => new ImportLineError(r.LineNo, r.Problem!.RootElement.Clone()))
            .ToList();
        var next = rows.Count > limit ? items[^1].Line.ToString(CultureInfo.InvariantCulture) : null;
        return new ImportErrorPage(items, next);
    }
}
