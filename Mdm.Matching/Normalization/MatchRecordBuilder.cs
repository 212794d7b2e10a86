namespace Mdm.Matching.Normalization;

/// <summary>Raw values of one source record as the matcher needs them.</summary>
/// <param name="Key">Identity of the source record.</param>
/// <param name="GivenName">Given name as sent.</param>
/// <param name="FamilyName">Family name as sent.</param>
/// <param name="BirthDate">Birth date.</param>
/// <param name="Emails">Email addresses as sent.</param>
/// <param name="Phones">Phone numbers with their country (ISO alpha-2, may be null).</param>
/// <param name="LoyaltyId">Loyalty id as sent.</param>
/// <param name="PostalCodes">Postal codes with their country.</param>
public sealed record RawMatchValues(
    string Key,
    string? GivenName,
    string? FamilyName,
    DateOnly? BirthDate,
    IReadOnlyList<string> Emails,
    IReadOnlyList<(string Number, string? Country)> Phones,
    string? LoyaltyId,
    IReadOnlyList<(string Code, string? Country)> PostalCodes
);

/// <summary>Turns raw values into a <see cref="MatchRecord"/>, through <see cref="PersonNormalizer"/>.</summary>
public static class MatchRecordBuilder
{
    /// <summary>Normalizes every value; values that do not normalize (an invalid phone, say) are left out.</summary>
    public static MatchRecord Build(RawMatchValues raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return PersonNormalizer.Normalize(
            new PersonInput
            {
                Key = raw.Key,
                GivenName = raw.GivenName,
                FamilyName = raw.FamilyName,
                BirthDate = raw.BirthDate,
                Emails = raw.Emails,
                Phones = raw.Phones.Select(p => new PhoneInput(p.Number, p.Country)).ToList(),
                LoyaltyId = raw.LoyaltyId,
                Addresses = raw
                    .PostalCodes.Select(p => new AddressInput { PostalCode = p.Code, Country = p.Country })
                    .ToList(),
            }
        );
    }
}
