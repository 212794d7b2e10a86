using System.Text.Json;
using Mdm.Core.SourceRecords;

namespace Mdm.Core.GoldenRecords;

/// <summary>The consolidated values of a golden record with the lineage of each attribute.</summary>
public record GoldenValues
{
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
}

/// <summary>A phone in E.164 when it parses; otherwise as sent (data is never dropped).</summary>
public sealed record GoldenPhone(string Number, string? Type);

/// <summary>Consent statuses (contract §3 and §6).</summary>
public static class ConsentStatus
{
    public const string Granted = "granted";
    public const string Revoked = "revoked";
}

/// <summary>A golden record's current consent for one purpose and channel; <see cref="Source"/> names who told it.</summary>
public sealed record GoldenConsent(
    string Purpose,
    string Channel,
    string Status,
    DateTimeOffset CapturedAt,
    string Source
);

public sealed record SourceRef(string SourceSystem, string SourceId);

/// <summary>Which source record and rule produced an attribute's value.</summary>
public sealed record Lineage(string SourceSystem, string SourceId, string Rule);

/// <summary>A source record as survivorship sees it.</summary>
public sealed record SurvivorshipInput(DateTimeOffset ReceivedAt, SourceRecordPayload Payload);
