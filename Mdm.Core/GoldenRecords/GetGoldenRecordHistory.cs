using System.Text.Json;
using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.GoldenRecords;

/// <summary>Every version of a golden record, oldest first, with who changed it and why (contract §4).</summary>
public sealed record GetGoldenRecordHistory(Guid GoldenId) : IQuery<IReadOnlyList<GoldenRecordVersionView>?>;

/// <summary>The version of a golden record in effect at <paramref name="AsOf"/> (null before it existed).</summary>
public sealed record GetGoldenRecordAsOf(Guid GoldenId, DateTimeOffset AsOf) : IQuery<GoldenRecordAsOfResult>;

public sealed record GoldenRecordVersionView(
    int Version,
    string Status,
    string ChangedBy,
    string Reason,
    DateTimeOffset ChangedAt,
    JsonElement Record
);

/// <summary><see cref="Exists"/> false: no such golden record; <see cref="Version"/> null: it did not exist yet.</summary>
public sealed record GoldenRecordAsOfResult(bool Exists, GoldenRecordView? Version);

public sealed class GetGoldenRecordHistoryHandler(IDbContextFactory<MdmDbContext> dbFactory)
    : IQueryHandler<GetGoldenRecordHistory, IReadOnlyList<GoldenRecordVersionView>?>,
        IQueryHandler<GetGoldenRecordAsOf, GoldenRecordAsOfResult>
{
    public async ValueTask<IReadOnlyList<GoldenRecordVersionView>?> Handle(
        GetGoldenRecordHistory query,
        CancellationToken cancellationToken
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var versions = await db
            .GoldenRecordVersions.AsNoTracking()
            .Where(v => v.GoldenId == query.GoldenId)
            .OrderBy(v => v.Version)
            .ToListAsync(cancellationToken);
        return versions.Count == 0
            ? null
            : versions
                .Select(v => new GoldenRecordVersionView(
                    v.Version,
                    v.Status,
                    v.ChangedBy,
                    v.Reason,
                    v.ChangedAt,
                    v.Document.RootElement.Clone()
                ))
                .ToList();
    }

    public async ValueTask<GoldenRecordAsOfResult> Handle(
        GetGoldenRecordAsOf query,
        CancellationToken cancellationToken
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var golden = await db
            .GoldenRecords.AsNoTracking()
            .SingleOrDefaultAsync(g => g.Id == query.GoldenId, cancellationToken);
        if (golden is null)
        {
            return new GoldenRecordAsOfResult(false, null);
        }
        var version = await db
            .GoldenRecordVersions.AsNoTracking()
            .Where(v => v.GoldenId == query.GoldenId && v.ChangedAt <= query.AsOf)
            .OrderByDescending(v => v.Version)
            .FirstOrDefaultAsync(cancellationToken);
        return new GoldenRecordAsOfResult(
            true,
            version is null
                ? null
                : GoldenRecordView.From(
                    new GoldenRecord
                    {
                        Id = golden.Id,
                        Version = version.Version,
                        Status = version.Status,
                        MergedInto = version.Status == GoldenStatus.Merged ? golden.MergedInto : null,
                        Document = version.Document,
                        CreatedAt = golden.CreatedAt,
                        UpdatedAt = version.ChangedAt,
                    }
                )
        );
    }
}
