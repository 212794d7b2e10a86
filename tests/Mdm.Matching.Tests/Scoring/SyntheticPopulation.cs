using Mdm.Matching.Normalization;
using static System.FormattableString;

namespace Mdm.Matching.Tests.Scoring;

/// <summary>People seen twice by different systems, the second time with the slips clerks make.</summary>
internal static class SyntheticPopulation
{
    private static readonly string[] GivenNames = (
        "james mary robert patricia john jennifer michael linda david elizabeth richard barbara joseph susan thomas "
        + "jessica charles sarah daniel karen matthew nancy anthony lisa mark betty donald sandra steven ashley"
    ).Split(' ');

    private static readonly string[] FamilyNames = (
        "smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson "
        + "anderson thomas taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis robinson"
    ).Split(' ');

    private static readonly string[] Streets = ["Main Street", "Oak Avenue", "Maple Drive", "Cedar Lane", "Elm Road"];

    public static List<MatchRecord> Build(int people, int seed)
    {
        var random = new Random(seed);
        var records = new List<MatchRecord>(people * 2);
        for (var i = 0; i < people; i++)
        {
            var person = new PersonInput
            {
                Key = Invariant($"crm/{i}"),
                GivenName = GivenNames[random.Next(GivenNames.Length)],
                FamilyName = FamilyNames[random.Next(FamilyNames.Length)],
                BirthDate = new DateOnly(1940 + random.Next(60), 1 + random.Next(12), 1 + random.Next(28)),
                Gender = random.Next(2) == 0 ? "M" : "F",
                Emails = [Invariant($"user{random.Next(1_000_000)}@example.com")],
                Phones = [new PhoneInput(Invariant($"(217) {200 + i} {random.Next(1000, 10000)}"), "US")],
                Addresses =
                [
                    new AddressInput
                    {
                        Line1 = Invariant($"{1 + random.Next(900)} {Streets[random.Next(Streets.Length)]}"),
                        City = "Springfield",
                        PostalCode = Invariant($"627{random.Next(10, 40)}"),
                        Country = "US",
                    },
                ],
            };
            records.Add(PersonNormalizer.Normalize(person));
            records.Add(PersonNormalizer.Normalize(Retyped(person, random, i)));
        }
        return records;
    }

    private static PersonInput Retyped(PersonInput person, Random random, int i) =>
        person with
        {
            Key = Invariant($"web/{i}"),
            GivenName = random.NextDouble() < 0.2 ? SwapLetters(person.GivenName!, random) : person.GivenName,
            FamilyName = random.NextDouble() < 0.1 ? SwapLetters(person.FamilyName!, random) : person.FamilyName,
            BirthDate = random.NextDouble() < 0.1 ? Slip(person.BirthDate!.Value, random) : person.BirthDate,
            Emails = random.NextDouble() < 0.15 ? [Invariant($"other{i}@example.org")] : person.Emails,
            Phones = random.NextDouble() < 0.2 ? [] : person.Phones,
        };

    private static string SwapLetters(string name, Random random)
    {
        var at = 1 + random.Next(name.Length - 2);
        var letters = name.ToCharArray();
        (letters[at], letters[at + 1]) = (letters[at + 1], letters[at]);
        return new string(letters);
    }

    private static DateOnly Slip(DateOnly born, Random random) =>
        random.Next(2) == 0 && born.Day <= 12 ? new DateOnly(born.Year, born.Day, born.Month) : born.AddYears(1);
}
