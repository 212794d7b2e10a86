using System.Text.Json;

namespace Mdm.Core.SourceRecords;

/// <summary>The canonical shape of a source record (contract §3). Only built from JSON that passed validation.</summary>
public sealed record SourceRecordPayload
{
    public string SourceSystem { get; init; } = "";
    public string SourceId { get; init; } = "";
    public DateTimeOffset? SourceUpdatedAt { get; init; }
    public PersonName? Name { get; init; }
    public IReadOnlyList<EmailValue>? Emails { get; init; }
    public IReadOnlyList<PhoneValue>? Phones { get; init; }
    public IReadOnlyList<AddressValue>? Addresses { get; init; }
    public DateOnly? BirthDate { get; init; }
    public string? Gender { get; init; }
    public string? LoyaltyId { get; init; }
    public IReadOnlyDictionary<string, JsonElement>? Attributes { get; init; }
    public IReadOnlyList<ConsentValue>? Consents { get; init; }
}

public sealed record PersonName
{
    public string? Full { get; init; }
    public string? Prefix { get; init; }
    public string? Given { get; init; }
    public string? Middle { get; init; }
    public string? Family { get; init; }
    public string? Suffix { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Full)
        && string.IsNullOrWhiteSpace(Given)
        && string.IsNullOrWhiteSpace(Family)
        && string.IsNullOrWhiteSpace(Middle);
}

public sealed record EmailValue(string Address, string? Type);

public sealed record PhoneValue(string Number, string? Type, string? Country);

public sealed record AddressValue
{
    public string? Line1 { get; init; }
    public string? Line2 { get; init; }
    public string? City { get; init; }
    public string? Region { get; init; }
    public string? PostalCode { get; init; }
    public string? Country { get; init; }
    public string? Type { get; init; }
}

public sealed record ConsentValue(string Purpose, string Channel, string Status, DateTimeOffset CapturedAt);
