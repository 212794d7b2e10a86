using Mdm.DataSamples.Data;

namespace Mdm.DataSamples.Rendering;

/// <summary>How names drift between systems: nicknames, initials, and multi-part family names.</summary>
internal static class NameHabits
{
    private static readonly HashSet<string> Particles = new(
        ["van", "der", "den", "de", "la", "del", "dos", "da", "di", "von", "ter"],
        StringComparer.OrdinalIgnoreCase
    );

    /// <summary>The given name the person used here: sometimes the nickname they go by.</summary>
    public static string Given(Random rng, string given, double nicknameRate) =>
        rng.Chance(nicknameRate) && Nicknames.TryGet(given, out var nicknames) ? rng.Pick(nicknames) : given;

    /// <summary>A multi-part family name as a system that does not expect one stores it.</summary>
    public static string Family(Random rng, string family, double variantRate) =>
        rng.Chance(variantRate) ? FamilyVariant(rng, family) : family;

    public static string Initial(string name) => name[..1];

    /// <summary>Non-empty parts joined by spaces.</summary>
    public static string Join(params string?[] parts) => string.Join(' ', parts.Where(p => !string.IsNullOrEmpty(p)));

    private static string FamilyVariant(Random rng, string family)
    {
        if (family.Contains('-', StringComparison.Ordinal))
        {
            return rng.Chance(0.5) ? family.Replace('-', ' ') : family[..family.IndexOf('-', StringComparison.Ordinal)];
        }
        if (family.Contains('\'', StringComparison.Ordinal))
        {
            return rng.Chance(0.5) ? family.Replace("'", "", StringComparison.Ordinal) : family.Replace('\'', ' ');
        }
        var parts = family.Split(' ');
        if (parts.Length == 1)
        {
            return family;
        }
        if (Particles.Contains(parts[0]))
        {
            return rng.Next(3) switch
            {
                0 => string.Join(' ', parts.Select(Capitalized)), // van der Berg → Van Der Berg
                1 => Capitalized(string.Concat(parts).ToLowerInvariant()), // → Vanderberg
                _ => parts[^1], // → Berg
            };
        }
        // A Spanish double surname: keep only the first, or hyphenate the pair.
        return rng.Chance(0.6) ? parts[0] : string.Join('-', parts);
    }

    private static string Capitalized(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
