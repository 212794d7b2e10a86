using System.Text.Json.Nodes;
using Mdm.Matching;

namespace Mdm.Evaluation.Datasets;

/// <summary>
/// Loads the project's multi-channel sample (<c>data-samples/sample</c>): source records in the API's contract shape,
/// the true person and the generator's cohort of each in <c>truth.csv</c>.
/// </summary>
internal static class SampleLoader
{
    private const string TruthHeader = "sourceSystem,sourceId,personId,cohort";

    public static LabelledDataset Load()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "data-samples", "sample");
        var entityOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var cohortOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in FieldParsing.CsvRows(Path.Combine(folder, "truth.csv"), TruthHeader))
        {
            var key = f[0] + "/" + f[1];
            entityOf.Add(key, f[2]);
            cohortOf.Add(key, f[3]);
        }
        var records = File.ReadLines(Path.Combine(folder, "source-records.jsonl"))
            .Where(line => line.Trim().Length > 0)
            .Select(line => ToPersonInput(JsonNode.Parse(line)!.AsObject()))
            .ToList();
        return LabelledDataset.Create("sample", records, entityOf) with { CohortOf = cohortOf };
    }

    internal static PersonInput ToPersonInput(JsonObject json)
    {
        var name = json["name"]?.AsObject();
        return new PersonInput
        {
            Key = Text(json, "sourceSystem") + "/" + Text(json, "sourceId"),
            FullName = Text(name, "full"),
            Prefix = Text(name, "prefix"),
            GivenName = Text(name, "given"),
            MiddleName = Text(name, "middle"),
            FamilyName = Text(name, "family"),
            Suffix = Text(name, "suffix"),
            BirthDate = FieldParsing.Date(Text(json, "birthDate"), "yyyy-MM-dd"),
            Gender = Text(json, "gender"),
            Emails = Items(json, "emails").Select(e => Text(e, "address")).OfType<string>().ToList(),
            Phones = Items(json, "phones")
                .Where(p => Text(p, "number") is not null)
                .Select(p => new PhoneInput(Text(p, "number")!, Text(p, "country")))
                .ToList(),
            Addresses = Items(json, "addresses")
                .Select(a => new AddressInput
                {
                    Line1 = Text(a, "line1"),
                    Line2 = Text(a, "line2"),
                    City = Text(a, "city"),
                    Region = Text(a, "region"),
                    PostalCode = Text(a, "postalCode"),
                    Country = Text(a, "country"),
                })
                .ToList(),
            LoyaltyId = Text(json, "loyaltyId"),
        };
    }

    private static string? Text(JsonObject? json, string property) =>
        FieldParsing.NullIfEmpty(json?[property]?.GetValue<string>());

    private static IEnumerable<JsonObject> Items(JsonObject json, string property) =>
        json[property]?.AsArray().OfType<JsonObject>() ?? [];
}
