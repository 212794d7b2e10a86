using Mdm.Core.Persistence;
using Mdm.Matching;
using Mdm.Matching.Normalization;

namespace Mdm.Core.SourceRecords;

/// <summary>Derives the normalized columns of a source record and the matcher's view of it.</summary>
public static class SourceRecordNormalizer
{
    public static MatchRecord ToMatchRecord(SourceRecordPayload payload) =>
        PersonNormalizer.Normalize(ToPersonInput(payload));

    /// <summary>The matcher's view of a stored source record, read again from its payload.</summary>
    public static MatchRecord ToMatchRecord(SourceRecord row) =>
        ToMatchRecord(SourceRecordJson.Read(row.Payload.RootElement, row.SourceSystem, row.SourceId));

    public static PersonInput ToPersonInput(SourceRecordPayload payload) =>
        new()
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
            Phones = payload.Phones?.Select(p => new PhoneInput(p.Number, p.Country, p.Type)).ToList() ?? [],
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

    /// <summary>Copies the normalized values onto the row that stores them (and the keys it is found under).</summary>
    public static void Apply(SourceRecord row, MatchRecord match, IReadOnlyList<string> blockingKeys)
    {
        row.GivenName = match.GivenName;
        row.FamilyName = match.FamilyName;
        row.BirthDate = match.BirthDate;
        row.Emails = [.. match.Emails];
        row.Phones = [.. match.Phones];
        row.LoyaltyId = match.LoyaltyId;
        row.PostalCodes = [.. match.PostalCodes];
        row.MatchKeys = [.. blockingKeys];
    }

    /// <summary>Rebuilds the matcher's view from stored columns, without re-parsing the payload.</summary>
    public static MatchRecord FromRow(SourceRecord row) =>
        new(
            $"{row.SourceSystem}/{row.SourceId}",
            row.GivenName,
            row.FamilyName,
            row.BirthDate,
            row.Emails,
            row.Phones,
            row.LoyaltyId,
            row.PostalCodes
        );

    /// <summary>Given and family name from the structured fields, else from <c>full</c> ("FAMILY, GIVEN" or "Given … Family").</summary>
    internal static (string? Given, string? Family) SplitName(PersonName? name)
    {
        if (name is null || !string.IsNullOrWhiteSpace(name.Given) || !string.IsNullOrWhiteSpace(name.Family))
        {
            return (name?.Given, name?.Family);
        }
        if (string.IsNullOrWhiteSpace(name.Full))
        {
            return (null, null);
        }
        var comma = name.Full.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            return (name.Full[(comma + 1)..].Trim(), name.Full[..comma].Trim());
        }
        var parts = name.Full.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 1 ? (null, parts[0]) : (parts[0], parts[^1]);
    }
}
