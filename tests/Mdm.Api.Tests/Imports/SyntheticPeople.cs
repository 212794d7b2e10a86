using System.Globalization;
using System.Text;

namespace Mdm.Api.Tests.Imports;

/// <summary>
/// Import files of made-up, distinct people, the same on every run: person n has source id <c>S-n</c>, a family name
/// spelled from n and an e-mail of their own, so no two lines match each other.
/// </summary>
public static class SyntheticPeople
{
    private static readonly string[] Given = ["Ana", "Ben", "Carla", "Dmitri", "Elif", "Farid", "Greta", "Hugo"];
    private static readonly string[] Syllables = ["ba", "ke", "li", "mo", "nu", "ra", "se", "ti", "vo", "wa"];

    /// <summary>A CSV file: the header, then one row per person (person n on file line n + 1).</summary>
    public static IEnumerable<string> Csv(int count) =>
        Enumerable
            .Range(1, count)
            .Select(n =>
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"S-{n},{Given[n % Given.Length]},{Family(n)},{Email(n)},{BirthDate(n)}\n"
                )
            )
            .Prepend("sourceId,given,family,email,birthDate\n");

    /// <summary>A JSON-lines file, one person with an address and attributes per line (about 330 bytes each).</summary>
    public static IEnumerable<string> JsonLines(int count) => Enumerable.Range(1, count).Select(JsonLine);

    private static string Family(int n)
    {
        var name = new StringBuilder();
        for (var rest = n; rest > 0 || name.Length == 0; rest /= Syllables.Length)
        {
            name.Append(Syllables[rest % Syllables.Length]);
        }
        name[0] = char.ToUpperInvariant(name[0]);
        return name.ToString();
    }

    private static string JsonLine(int n)
    {
        var name = $$"""{"given":"{{Given[n % Given.Length]}}","family":"{{Family(n)}}"}""";
        var email = $$"""{"address":"{{Email(n)}}","type":"personal"}""";
        var address = string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"line1":"{{n % 9000 + 1}} Harbour View Road","city":"Springfield","region":"IL","postalCode":"6{{n % 10000:D4}}","country":"US","type":"home"}"""
        );
        var attributes = string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"tier":"gold","homeStore":"store-{{n % 97}}"}"""
        );
        return string.Create(
                CultureInfo.InvariantCulture,
                $$"""{"sourceId":"S-{{n}}","sourceUpdatedAt":"2026-01-02T03:04:05Z","name":{{name}},"emails":[{{email}}],"addresses":[{{address}}],"birthDate":"{{BirthDate(n)}}","attributes":{{attributes}}}"""
            ) + "\n";
    }

    private static string Email(int n) => string.Create(CultureInfo.InvariantCulture, $"person{n}@example.com");

    private static string BirthDate(int n) =>
        new DateOnly(1950, 1, 1).AddDays(n % 18000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
