using Mdm.Matching.Candidates;
using Mdm.Matching.Normalization;

namespace Mdm.Matching.Tests.Candidates;

internal static class People
{
    public static AddressInput SpringfieldHome { get; } =
        new()
        {
            Line1 = "12 Main Street",
            City = "Springfield",
            Region = "IL",
            PostalCode = "62704",
            Country = "US",
        };

    public static PersonInput William { get; } =
        new()
        {
            Key = "crm/1",
            GivenName = "William",
            FamilyName = "Smith",
            BirthDate = new DateOnly(1980, 3, 7),
            Emails = ["william.smith@example.com"],
            Phones = [new PhoneInput("(217) 555-0123", "US")],
            Addresses = [SpringfieldHome],
        };

    public static PersonInput Maria { get; } =
        new()
        {
            Key = "web/2",
            GivenName = "Maria",
            FamilyName = "Gonzalez",
            BirthDate = new DateOnly(1991, 11, 23),
            Emails = ["mgonzalez@mail.example"],
            Phones = [new PhoneInput("(312) 555-0199", "US")],
            Addresses =
            [
                new AddressInput
                {
                    Line1 = "400 Lake Shore Drive",
                    City = "Chicago",
                    Region = "IL",
                    PostalCode = "60611",
                    Country = "US",
                },
            ],
        };

    public static MatchRecord Record(PersonInput person) => PersonNormalizer.Normalize(person);

    public static IReadOnlyList<string> Keys(PersonInput person) => BlockingKeys.For(Record(person));

    public static IEnumerable<string> SharedKeys(PersonInput a, PersonInput b) =>
        Keys(a).Intersect(Keys(b), StringComparer.Ordinal);
}
