using System.Globalization;

namespace Mdm.DataSamples.Data;

/// <summary>Street vocabulary per country with the abbreviations systems use for it.</summary>
internal static class Streets
{
    private static readonly Dictionary<string, string[]> NamesByCountry = new(StringComparer.Ordinal)
    {
        ["US"] = WordList.Words(
            """
            Main, Oak, Maple, Cedar, Pine, Elm, Washington, Lake, Hill, Park, Walnut, Sunset, Lincoln,
            Jackson, Franklin, Highland, Willow, Church, Mill, River, Spring, Chestnut, Madison, Jefferson,
            Adams, Center, Ridge, Meadow, Forest, Cherry, Birch, Lakeview, Valley, Broad, Market, Union,
            Prospect, Dogwood, Magnolia, Hickory, Sycamore, Second, Third, Fifth, Martin Luther King Jr,
            Saint Charles, Mountain View, Country Club, Harbor, Orchard
            """
        ),
        ["CA"] = WordList.Words(
            """
            King, Queen, Yonge, Bloor, Dundas, Granville, Robson, Elgin, Bank, Sherbrooke, Saint-Laurent,
            Maple, Oak, Lakeshore, Bay, Church, Côte-des-Neiges
            """
        ),
        ["GB"] = WordList.Words(
            """
            High, Station, Church, Victoria, Park, Queens, Kings, Mill, Green, Manor, Baker, York, London,
            Albert, Windsor, Grange, Chapel, North
            """
        ),
    };

    // Type | abbreviation | weight in North America | weight in the UK
    private static readonly string[][] TypeRows = WordList.Rows(
        """
        Street | St | 30 | 25
        Avenue | Ave | 20 | 8
        Road | Rd | 12 | 30
        Drive | Dr | 12 | 0
        Lane | Ln | 6 | 10
        Boulevard | Blvd | 5 | 0
        Court | Ct | 5 | 0
        Place | Pl | 4 | 0
        Way | Way | 3 | 3
        Terrace | Ter | 2 | 2
        Circle | Cir | 2 | 0
        Parkway | Pkwy | 1 | 0
        Close | Cl | 0 | 8
        Gardens | Gdns | 0 | 6
        Crescent | Cres | 0 | 6
        Grove | Gr | 0 | 5
        """
    );

    // Other words systems abbreviate: directions, unit kinds, long street names.
    private static readonly string[][] OtherShortForms = WordList.Rows(
        """
        North | N
        South | S
        East | E
        West | W
        Apartment | Apt
        Suite | Ste
        Second | 2nd
        Third | 3rd
        Fifth | 5th
        Martin Luther King Jr | MLK
        Saint Charles | St Charles
        Saint-Laurent | St-Laurent
        """
    );

    private static readonly Dictionary<string, string> ShortForms = TypeRows
        .Concat(OtherShortForms)
        .ToDictionary(row => row[0], row => row[1], StringComparer.Ordinal);

    private static readonly (string Type, double Weight)[] NorthAmerican = TypesWeightedBy(2);
    private static readonly (string Type, double Weight)[] Uk = TypesWeightedBy(3);

    public static readonly string[] Directions = ["North", "South", "East", "West"];

    public static IReadOnlyList<string> NamesIn(string country) => NamesByCountry[country];

    public static IReadOnlyList<(string Type, double Weight)> TypesIn(string country) =>
        country == "GB" ? Uk : NorthAmerican;

    /// <summary>The abbreviation systems use for a word or name, or the text itself when it has none.</summary>
    public static string Short(string text) => ShortForms.GetValueOrDefault(text, text);

    private static (string Type, double Weight)[] TypesWeightedBy(int column) =>
        [
            .. TypeRows
                .Select(row => (Type: row[0], Weight: double.Parse(row[column], CultureInfo.InvariantCulture)))
                .Where(type => type.Weight > 0),
        ];
}
