using System.Linq.Expressions;
using Mdm.Core.Persistence;

namespace Mdm.Core.Imports;

/// <summary>An import as a caller or a steward sees it: status, progress, counts per outcome.</summary>
/// <param name="Error">Why the import failed as a whole (never personal data); line problems are in <see cref="Errors"/>.</param>
/// <param name="Errors">The first failed lines, when asked for (<see cref="GetImport"/>); null in lists.</param>
/// <param name="ErrorsNext">The cursor of the next page of failed lines (<see cref="ListImportErrors"/>), or null.</param>
public sealed record ImportView(
    Guid Id,
    string Status,
    string SourceSystem,
    string FileName,
    string Format,
    ImportProgress Progress,
    ImportCounts Counts,
    string? Error,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<ImportLineError>? Errors = null,
    string? ErrorsNext = null
)
{
    /// <summary>The projection the queries read with (counts and progress as of the last finished batch).</summary>
    internal static Expression<Func<Import, ImportView>> FromRow { get; } =
        i => new ImportView(
            i.Id,
            i.Status,
            i.SourceSystem,
            i.FileName,
            i.Format,
            new ImportProgress(i.BytesRead, i.TotalBytes, i.LinesRead),
            new ImportCounts(i.Created, i.Merged, i.Review, i.Updated, i.Unchanged, i.Failed),
            i.Error,
            i.CreatedBy,
            i.CreatedAt,
            i.StartedAt,
            i.FinishedAt,
            null,
            null
        );
}

/// <summary>Bytes of the file read so far out of its size, and the lines done.</summary>
public sealed record ImportProgress(long BytesRead, long TotalBytes, long LinesRead);

/// <summary>Lines per outcome: the ingest outcomes, and failed for lines that were not ingested.</summary>
public sealed record ImportCounts(long Created, long Merged, long Review, long Updated, long Unchanged, long Failed);
