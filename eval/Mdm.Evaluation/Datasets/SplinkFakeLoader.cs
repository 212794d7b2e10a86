using Mdm.Matching;

namespace Mdm.Evaluation.Datasets;

/// <summary>Loads Splink's <c>fake_1000</c>: 1,000 synthetic records of 251 people, the person in <c>cluster</c>.</summary>
internal static class SplinkFakeLoader
{
    private const string Header = "unique_id,first_name,surname,dob,city,email,cluster";

    public static LabelledDataset Load()
    {
        var path = Path.Combine(RepositoryPaths.SharedData, "splink", "fake_1000.csv");
        var records = new List<PersonInput>();
        var entityOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in FieldParsing.CsvRows(path, Header))
        {
            var key = f[0];
            entityOf[key] = f[6];
            var city = FieldParsing.NullIfEmpty(f[4]);
            var email = FieldParsing.NullIfEmpty(f[5]);
            records.Add(
                new PersonInput
                {
                    Key = key,
                    GivenName = FieldParsing.NullIfEmpty(f[1]),
                    FamilyName = FieldParsing.NullIfEmpty(f[2]),
                    BirthDate = FieldParsing.Date(f[3], "yyyy-MM-dd"),
                    Addresses = city is null ? [] : [new AddressInput { City = city }],
                    Emails = email is null ? [] : [email],
                }
            );
        }
        return LabelledDataset.Create("fake_1000", records, entityOf);
    }
}
