using Mdm.Core.SourceRecords;

namespace Mdm.Benchmarks.MatchLatency;

/// <summary>One keying error in a name: two neighbouring letters swapped (or, where they are the same, one dropped).</summary>
internal static class Typo
{
    /// <summary>The name with a typo in its family name, else its given name, else its full name; null if all are too short.</summary>
    public static PersonName? In(PersonName name, Random random)
    {
        if (Apply(name.Family, random) is { } family)
        {
            return name with { Family = family };
        }
        if (Apply(name.Given, random) is { } given)
        {
            return name with { Given = given };
        }
        return Apply(name.Full, random) is { } full ? name with { Full = full } : null;
    }

    private static string? Apply(string? value, Random random)
    {
        if (value is null || value.Length < 4)
        {
            return null;
        }
        // Never the first letter, which people rarely mistype.
        var at = 1 + random.Next(value.Length - 2);
        var chars = value.ToCharArray();
        if (chars[at] == chars[at + 1])
        {
            return value.Remove(at, 1);
        }
        (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
        return new string(chars);
    }
}
