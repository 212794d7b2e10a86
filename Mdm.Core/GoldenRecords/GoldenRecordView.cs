using System.Text.Json;
using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;

namespace Mdm.Core.GoldenRecords;

/// <summary>A golden record as channel systems read it (contract §4): its values plus identity, status and times.</summary>
public sealed record GoldenRecordView : GoldenValues
{
    private GoldenRecordView(GoldenValues values)
        : base(values) { }

    public required Guid Id { get; init; }
    public required int Version { get; init; }
    public required string Status { get; init; }
    public Guid? MergedInto { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public static GoldenRecordView From(GoldenRecord golden) =>
        new(golden.Document.RootElement.Deserialize<GoldenValues>(SourceRecordJson.Options) ?? new GoldenValues())
        {
            Id = golden.Id,
            Version = golden.Version,
            Status = golden.Status,
            MergedInto = golden.MergedInto,
            CreatedAt = golden.CreatedAt,
            UpdatedAt = golden.UpdatedAt,
        };
}
