using System.Text.Json;
using Mdm.Matching;

namespace Mdm.Benchmarks.Workload;

/// <summary>
/// Reads a source record in the API's JSON shape into the matcher's input, mapped field for field as
/// <c>Mdm.Core.SourceRecords.SourceRecordNormalizer.ToPersonInput</c> does (this project does not reference Core).
/// </summary>
internal static class SourceRecordReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static PersonInput Read(string json)
    {
        var payload =
            JsonSerializer.Deserialize<Payload>(json, Options)
            ?? throw new InvalidDataException("A source record line holds null.");
        return new PersonInput
        {
            Key = $"{payload.SourceSystem}/{payload.SourceId}",
            FullName = payload.Name?.Full,
            Prefix = payload.Name?.Prefix,
            GivenName = payload.Name?.Given,
            MiddleName = payload.Name?.Middle,
            FamilyName = payload.Name?.Family,
            Suffix = payload.Name?.Suffix,
            BirthDate = payload.BirthDate,
            Gender = payload.Gender,
            Emails = payload.Emails?.Select(e => e.Address).ToList() ?? [],
            Phones = payload.Phones?.Select(p => new PhoneInput(p.Number, p.Country)).ToList() ?? [],
            Addresses =
                payload
                    .Addresses?.Select(a => new AddressInput
                    {
                        Line1 = a.Line1,
                        Line2 = a.Line2,
                        City = a.City,
                        Region = a.Region,
                        PostalCode = a.PostalCode,
                        Country = a.Country,
                    })
                    .ToList()
                ?? [],
            LoyaltyId = payload.LoyaltyId,
        };
    }

    // The parts of the contract's payload that reach matching; the rest (attributes, consents) is skipped.
    private sealed record Payload(
        string SourceSystem,
        string SourceId,
        Name? Name,
        IReadOnlyList<Email>? Emails,
        IReadOnlyList<Phone>? Phones,
        IReadOnlyList<Address>? Addresses,
        DateOnly? BirthDate,
        string? Gender,
        string? LoyaltyId
    );

    private sealed record Name(
        string? Full,
        string? Prefix,
        string? Given,
        string? Middle,
        string? Family,
        string? Suffix
    );

    private sealed record Email(string Address);

    private sealed record Phone(string Number, string? Country);

    private sealed record Address(
        string? Line1,
        string? Line2,
        string? City,
        string? Region,
        string? PostalCode,
        string? Country
    );
}
