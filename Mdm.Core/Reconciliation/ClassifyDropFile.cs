using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Reconciliation;

/// <summary>
/// Which source system a drop-folder file belongs to, from its name (<c>{sourceSystem}</c> then <c>_</c>, <c>-</c> or
/// <c>.</c>: <c>crm_2026-11-23.csv</c>, <c>crm.jsonl</c>), and whether it is already stored as a run (a crash after
/// storing it, before moving it away).
/// </summary>
public sealed record ClassifyDropFile(string FileName, string DropFileKey) : IQuery<DropFileVerdict>;

/// <param name="SourceSystem">Null when the name starts with no known source system.</param>
public sealed record DropFileVerdict(string? SourceSystem, bool AlreadyStored);

public sealed class ClassifyDropFileHandler(IDbContextFactory<MdmDbContext> dbFactory)
    : IQueryHandler<ClassifyDropFile, DropFileVerdict>
{
    public async ValueTask<DropFileVerdict> Handle(ClassifyDropFile query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var codes = await db.SourceSystems.Select(s => s.Code).ToListAsync(cancellationToken);
        var stored = await db.ReconciliationRuns.AnyAsync(r => r.DropFileKey == query.DropFileKey, cancellationToken);
        return new DropFileVerdict(SourceSystemOf(query.FileName, codes), stored);
    }

    /// <summary>The longest code the name starts with, followed by a separator (so <c>crm</c> is not <c>crmx_….csv</c>).</summary>
    public static string? SourceSystemOf(string fileName, IEnumerable<string> codes) =>
        codes
            .Where(c =>
                fileName.Length > c.Length
                && fileName.StartsWith(c, StringComparison.OrdinalIgnoreCase)
                && fileName[c.Length] is '_' or '-' or '.'
            )
            .OrderByDescending(c => c.Length)
            .FirstOrDefault();
}
