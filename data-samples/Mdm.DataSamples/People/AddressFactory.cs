using Mdm.DataSamples.Data;
using static System.FormattableString;

namespace Mdm.DataSamples.People;

/// <summary>Makes plausible home addresses with postcodes in each country's own format.</summary>
internal sealed class AddressFactory(Random rng)
{
    // Canada Post and Royal Mail leave these letters out of postcodes to avoid misreading.
    private const string CanadianLetters = "ABCEGHJKLMNPRSTVWXYZ";
    private const string UkInwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    private static readonly (string Kind, double Weight)[] NorthAmericanUnits =
    [
        ("Apartment", 0.6),
        ("Unit", 0.3),
        ("Suite", 0.1),
    ];

    public Address Create() => Create(Places.PickCity(rng));

    public Address Create(City city)
    {
        var (unitKind, unitId) = PickUnit(city.Country);
        return new Address(
            Number: HouseNumber(city.Country),
            Direction: city.Country == "US" && rng.Chance(0.12) ? rng.Pick(Streets.Directions) : null,
            StreetName: rng.Pick(Streets.NamesIn(city.Country)),
            StreetType: rng.PickWeighted(Streets.TypesIn(city.Country)),
            UnitKind: unitKind,
            UnitId: unitId,
            City: city,
            PostalCode: PostalCode(city),
            ZipPlus4: city.Country == "US" ? rng.Digits(4) : null
        );
    }

    /// <summary>A former address: often across town, otherwise another city in the same country.</summary>
    public Address CreatePrevious(Address current) =>
        Create(rng.Chance(0.4) ? current.City : Places.PickCity(rng, current.City.Country));

    private string HouseNumber(string country)
    {
        var number = country == "GB" || rng.Chance(0.5) ? rng.Next(1, 300) : rng.Next(300, 10_000);
        return Invariant($"{number}");
    }

    private (string? Kind, string? Id) PickUnit(string country)
    {
        if (!rng.Chance(country == "US" ? 0.25 : 0.3))
        {
            return (null, null);
        }
        if (country == "GB")
        {
            return ("Flat", Invariant($"{rng.Next(1, 30)}"));
        }
        var kind = rng.PickWeighted(NorthAmericanUnits);
        var id = rng.Chance(0.3) ? Invariant($"{rng.Next(1, 20)}{Letter("ABCDEF")}") : Invariant($"{rng.Next(1, 500)}");
        return (kind, id);
    }

    private string PostalCode(City city)
    {
        var area = rng.Pick(city.PostalAreas);
        return city.Country switch
        {
            "CA" => Invariant($"{area} {rng.Next(10)}{Letter(CanadianLetters)}{rng.Next(10)}"),
            "GB" => Invariant($"{area} {rng.Next(10)}{Letter(UkInwardLetters)}{Letter(UkInwardLetters)}"),
            _ => area + rng.Digits(2),
        };
    }

    private char Letter(string letters) => letters[rng.Next(letters.Length)];
}
