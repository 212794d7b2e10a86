using Mdm.DataSamples.Data;
using Mdm.DataSamples.Model;
using Mdm.DataSamples.People;

namespace Mdm.DataSamples.Rendering;

/// <summary>How often a system abbreviates, adds ZIP+4, squeezes the unit into line 1, or mistypes.</summary>
internal sealed record AddressHabit(double Abbreviate, double ZipPlus4, double UnitOnLine1, double Typo);

/// <summary>Writes a canonical address the way one system stores it.</summary>
internal static class AddressRenderer
{
    public static AddressEntry Render(Random rng, Address address, AddressHabit habit, Typing typing, string type)
    {
        var abbreviate = rng.Chance(habit.Abbreviate);
        string Word(string text) => abbreviate ? Streets.Short(text) : text;

        var streetName = Corruptions.MaybeTypo(rng, Word(address.StreetName), habit.Typo);
        var street = NameHabits.Join(
            address.Number,
            address.Direction is null ? null : Word(address.Direction),
            streetName,
            Word(address.StreetType)
        );
        var unit = address.UnitKind is null ? null : Unit(rng, address.UnitKind, address.UnitId!, abbreviate);

        var line1 = street;
        var line2 = unit;
        if (unit is not null && rng.Chance(habit.UnitOnLine1))
        {
            // The UK writes the flat before the street; North America appends the unit.
            line1 = address.City.Country == "GB" ? $"{unit}, {street}" : $"{street} {unit}";
            line2 = null;
        }
        return new AddressEntry(
            typing.Apply(line1),
            line2 is null ? null : typing.Apply(line2),
            typing.Apply(address.City.Name),
            address.City.Region,
            typing.Apply(PostalCode(rng, address, habit)),
            address.City.Country,
            type
        );
    }

    private static string Unit(Random rng, string kind, string id, bool abbreviate)
    {
        if (!abbreviate || kind == "Flat")
        {
            return $"{kind} {id}";
        }
        var shortKind = Streets.Short(kind);
        return rng.Next(3) switch
        {
            0 => $"#{id}",
            1 when shortKind != kind => $"{shortKind}. {id}",
            _ => $"{shortKind} {id}",
        };
    }

    private static string PostalCode(Random rng, Address address, AddressHabit habit) =>
        address.City.Country switch
        {
            "US" when rng.Chance(habit.ZipPlus4) => $"{address.PostalCode}-{address.ZipPlus4}",
            // Canadian and UK postcodes lose their space in some systems.
            "CA" or "GB" when rng.Chance(0.25) => WithoutSpaces(address.PostalCode),
            _ => address.PostalCode,
        };

    private static string WithoutSpaces(string text) => text.Replace(" ", "", StringComparison.Ordinal);
}
