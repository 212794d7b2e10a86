namespace Mdm.DataSamples.Model;

// The API's source-record contract. Property order is the order written; null properties are left
// out, and nothing else may be added because the API rejects unknown fields.

internal sealed record SourceRecord(
    string SourceSystem,
    string SourceId,
    string SourceUpdatedAt,
    NameEntry? Name,
    IReadOnlyList<EmailEntry>? Emails,
    IReadOnlyList<PhoneEntry>? Phones,
    IReadOnlyList<AddressEntry>? Addresses,
    string? BirthDate,
    string? Gender,
    string? LoyaltyId,
    IReadOnlyDictionary<string, string>? Attributes,
    IReadOnlyList<ConsentEntry>? Consents
);

internal sealed record NameEntry(
    string? Full = null,
    string? Prefix = null,
    string? Given = null,
    string? Middle = null,
    string? Family = null,
    string? Suffix = null
);

internal sealed record EmailEntry(string Address, string? Type);

internal sealed record PhoneEntry(string Number, string? Type, string? Country);

internal sealed record AddressEntry(
    string Line1,
    string? Line2,
    string City,
    string? Region,
    string PostalCode,
    string Country,
    string Type
);

internal sealed record ConsentEntry(string Purpose, string Channel, string Status, string CapturedAt);
