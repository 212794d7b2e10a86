using Mdm.Matching;

namespace Mdm.Evaluation.Datasets;

/// <summary>
/// Loads the FEBRL benchmarks: Australian records whose <c>rec_id</c> (<c>rec-N-org</c>, <c>rec-N-dup-k</c>) names
/// the true person N. The social security number makes them nearly trivial, so each comes with and without it.
/// </summary>
internal static class FebrlLoader
{
    private const string Header =
        "rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id";

    /// <param name="number">1, 2 or 3.</param>
    /// <param name="withSocialSecurityId">Whether the number is passed on as an other id.</param>
    public static LabelledDataset Load(int number, bool withSocialSecurityId)
    {
        var path = Path.Combine(RepositoryPaths.SharedData, "febrl", $"dataset{number}.csv");
        var records = new List<PersonInput>();
        var entityOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in FieldParsing.CsvRows(path, Header))
        {
            var key = f[0];
            entityOf[key] = EntityOf(key);
            var ssn = FieldParsing.NullIfEmpty(f[10]);
            records.Add(
                new PersonInput
                {
                    Key = key,
                    GivenName = FieldParsing.NullIfEmpty(f[1]),
                    FamilyName = FieldParsing.NullIfEmpty(f[2]),
                    Addresses =
                    [
                        new AddressInput
                        {
                            Line1 = FieldParsing.Join(f[3], f[4]),
                            Line2 = FieldParsing.NullIfEmpty(f[5]),
                            City = FieldParsing.NullIfEmpty(f[6]),
                            Region = FieldParsing.NullIfEmpty(f[8]),
                            PostalCode = FieldParsing.NullIfEmpty(f[7]),
                            Country = "AU",
                        },
                    ],
                    BirthDate = FieldParsing.Date(f[9], "yyyyMMdd"),
                    OtherIds = withSocialSecurityId && ssn is not null ? ["ssn:" + ssn] : [],
                }
            );
        }
        var name = withSocialSecurityId ? $"febrl{number}-ssn" : $"febrl{number}";
        return LabelledDataset.Create(name, records, entityOf);
    }

    /// <summary><c>rec-12-dup-3</c> → <c>12</c>.</summary>
    internal static string EntityOf(string recId)
    {
        var parts = recId.Split('-');
        if (parts.Length < 3 || !string.Equals(parts[0], "rec", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Unexpected FEBRL rec_id '{recId}'.");
        }
        return parts[1];
    }
}
