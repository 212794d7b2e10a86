using Mdm.Matching.Normalization;
using Mdm.Matching.Scoring;

namespace Mdm.Matching.Tests.Scoring;

/// <summary>Source records built the way the engine builds them, through <see cref="PersonNormalizer"/>.</summary>
internal static class People
{
    public static readonly PhoneInput Landline = new("(217) 555-0123", "US", "home");
    public static readonly PhoneInput Mobile = new("(217) 555-0188", "US", "mobile");
    public static readonly PhoneInput OtherMobile = new("(217) 555-0199", "US", "mobile");

    public static MatchRecord Person(
        string? given,
        string? family,
        DateOnly? born = null,
        string? key = null,
        string? middle = null,
        string? suffix = null,
        string? gender = null,
        string[]? emails = null,
        PhoneInput[]? phones = null,
        string? street = null,
        string? postalCode = "62704",
        string? loyaltyId = null,
        string[]? otherIds = null
    ) =>
        PersonNormalizer.Normalize(
            new PersonInput
            {
                Key = key ?? $"crm/{given}-{family}",
                GivenName = given,
                MiddleName = middle,
                FamilyName = family,
                Suffix = suffix,
                BirthDate = born,
                Gender = gender,
                Emails = emails ?? [],
                Phones = phones ?? [],
                Addresses = street is null
                    ? []
                    :
                    [
                        new AddressInput
                        {
                            Line1 = street,
                            City = "Springfield",
                            Region = "IL",
                            PostalCode = postalCode,
                            Country = "US",
                        },
                    ],
                LoyaltyId = loyaltyId,
                OtherIds = otherIds ?? [],
            }
        );

    public static DateOnly Born(int year, int month, int day) => new(year, month, day);

    public static GoldenCandidate Golden(string id, params MatchRecord[] members) => new(id, members);

    /// <summary>The level label of a comparison, or <c>missing</c> when it does not apply.</summary>
    public static string LevelOf(Comparison comparison, MatchRecord probe, MatchRecord other)
    {
        var result = comparison.Compare(probe, other);
        return result.IsMissing ? "missing" : comparison.Levels[result.Level];
    }
}
