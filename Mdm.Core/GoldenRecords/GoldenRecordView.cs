using System.Text.Json;
using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;

namespace Mdm.Core.GoldenRecords;

/// <summary>A golden record as channel systems read it (contract §4).</summary>
public sealed record GoldenRecordView
{
    public required Guid Id { get; init; }
    public required int Version { get; init; }
    public required string Status { get; init; }
    public Guid? MergedInto { get; init; }
    public PersonName? Name { get; init; }
    public IReadOnlyList<EmailValue> Emails { get; init; } = [];
    public IReadOnlyList<GoldenPhone> Phones { get; init; } = [];
    public IReadOnlyList<AddressValue> Addresses { get; init; } = [];
    public DateOnly? BirthDate { get; init; }
    public string? Gender { get; init; }
    public IReadOnlyList<string> LoyaltyIds { get; init; } = [];
    public IReadOnlyDictionary<string, JsonElement> Attributes { get; init; } = new Dictionary<string, JsonElement>();
    public IReadOnlyList<GoldenConsent> Consents { get; init; } = [];
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];
    public IReadOnlyDictionary<string, Lineage> Lineage { get; init; } = new Dictionary<string, Lineage>();
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public static GoldenRecordView From(GoldenRecord golden)
    {
        var values =
            golden.Document.RootElement.Deserialize<GoldenValues>(SourceRecordJson.Options) ?? new GoldenValues();
        return new GoldenRecordView
        {
            Id = golden.Id,
            Version = golden.Version,
            Status = golden.Status,
            MergedInto = golden.MergedInto,
            Name = values.Name,
            Emails = values.Emails,
            Phones = values.Phones,
            Addresses = values.Addresses,
            BirthDate = values.BirthDate,
            Gender = values.Gender,
            LoyaltyIds = values.LoyaltyIds,
            Attributes = values.Attributes,
            Consents = values.Consents,
            Sources = values.Sources,
            Lineage = values.Lineage,
            CreatedAt = golden.CreatedAt,
            UpdatedAt = golden.UpdatedAt,
        };
    }
}
