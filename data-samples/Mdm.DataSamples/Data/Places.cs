namespace Mdm.DataSamples.Data;

/// <summary>
/// A city with the postal areas (ZIP prefix, Canadian FSA, UK outward code) and phone prefixes found there:
/// area codes in North America; in the UK an Ofcom range reserved for drama, written as digit groups
/// joined by '.' ("20.7946"), which libphonenumber still accepts as valid.
/// </summary>
internal sealed record City(
    string Name,
    string? Region,
    string Country,
    IReadOnlyList<string> PostalAreas,
    IReadOnlyList<string> PhonePrefixes
);

/// <summary>Where customers live: mostly the US, some Canada and the UK, bigger cities first.</summary>
internal static class Places
{
    private static readonly (string Country, double Weight)[] CountryMix = [("US", 0.9), ("CA", 0.06), ("GB", 0.04)];

    private static readonly Dictionary<string, RankedList<City>> CitiesByCountry = WordList
        .Rows(
            """
            New York | NY | US | 100 101 102 | 212 646 917
            Los Angeles | CA | US | 900 | 213 323 310
            Chicago | IL | US | 606 | 312 773 872
            Houston | TX | US | 770 | 713 281 832
            Phoenix | AZ | US | 850 | 602 480
            Philadelphia | PA | US | 191 | 215 267
            Brooklyn | NY | US | 112 | 718 347 929
            San Diego | CA | US | 921 | 619 858
            Dallas | TX | US | 752 | 214 469 972
            Austin | TX | US | 787 | 512 737
            Columbus | OH | US | 432 | 614
            Charlotte | NC | US | 282 | 704 980
            Indianapolis | IN | US | 462 | 317
            San Francisco | CA | US | 941 | 415 628
            Seattle | WA | US | 981 | 206
            Denver | CO | US | 802 | 303 720
            Washington | DC | US | 200 | 202
            Nashville | TN | US | 372 | 615 629
            Boston | MA | US | 021 | 617 857
            Las Vegas | NV | US | 891 | 702 725
            Portland | OR | US | 972 | 503 971
            Detroit | MI | US | 482 | 313
            Baltimore | MD | US | 212 | 410 443
            Milwaukee | WI | US | 532 | 414
            Albuquerque | NM | US | 871 | 505
            Sacramento | CA | US | 958 | 916
            Atlanta | GA | US | 303 | 404 678 470
            Kansas City | MO | US | 641 | 816
            Miami | FL | US | 331 | 305 786
            Raleigh | NC | US | 276 | 919 984
            Minneapolis | MN | US | 554 | 612
            Tampa | FL | US | 336 | 813
            Orlando | FL | US | 328 | 407 321
            Cleveland | OH | US | 441 | 216
            Pittsburgh | PA | US | 152 | 412
            St. Louis | MO | US | 631 | 314
            Salt Lake City | UT | US | 841 | 801 385
            Newark | NJ | US | 071 | 973
            Springfield | IL | US | 627 | 217
            Cambridge | MA | US | 021 | 617
            Toronto | ON | CA | M5V M4C M6G M4W M5R | 416 647
            Montréal | QC | CA | H2X H3A H2T | 514 438
            Vancouver | BC | CA | V6B V5K V6K | 604 778
            Calgary | AB | CA | T2P T3A | 403 587
            Ottawa | ON | CA | K1P K2P | 613 343
            London | | GB | SW1A EC1A N1 E2 SE1 W1D NW3 | 20.7946
            Manchester | | GB | M1 M4 M20 | 161.496
            Birmingham | | GB | B1 B15 B29 | 121.496
            Leeds | | GB | LS1 LS6 | 113.496
            Glasgow | | GB | G1 G12 | 141.496
            Edinburgh | | GB | EH1 EH3 | 131.496
            """
        )
        .Select(row => new City(
            row[0],
            row[1].Length == 0 ? null : row[1],
            row[2],
            row[3].Split(' '),
            row[4].Split(' ')
        ))
        .GroupBy(city => city.Country, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => new RankedList<City>([.. g], offset: 3), StringComparer.Ordinal);

    public static City PickCity(Random rng) => PickCity(rng, rng.PickWeighted(CountryMix));

    public static City PickCity(Random rng, string country) => CitiesByCountry[country].Pick(rng);
}
