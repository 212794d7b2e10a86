namespace Mdm.Matching.Normalization;

/// <summary>A parsed, folded name.</summary>
internal readonly record struct ParsedName(string? Given, string? Middle, string? Family, string? Suffix);

/// <summary>
/// Parses a person's name from the structured fields, falling back to the whole name for the missing parts. The whole
/// name is read as <c>FAMILY, GIVEN MIDDLE</c> when a comma is followed by more than suffixes, else as
/// <c>Given Middle Family</c> with particles (<c>van</c>, <c>de la</c>) joining the family name.
/// </summary>
internal static class NameParser
{
    public static ParsedName Parse(PersonInput input)
    {
        var given = Tokens(input.GivenName);
        var family = Tokens(input.FamilyName);
        var suffix = GenerationalSuffix(input.Suffix);
        StripPrefixes(given, keep: 1);
        var givenSuffix = StripSuffixes(given, keep: 1, allowWeak: false);
        StripPrefixes(family, keep: 1);
        suffix ??= StripSuffixes(family, keep: 1, allowWeak: false) ?? givenSuffix;
        NameTokenizer.Expand(given);
        NameTokenizer.Expand(family);

        if ((given.Count == 0 || family.Count == 0) && !string.IsNullOrWhiteSpace(input.FullName))
        {
            var (fullGiven, fullFamily, fullSuffix) = ParseFull(input.FullName);
            // A full name repeating the structured given name alone ("John") is not a family name.
            var repeatsGiven = fullGiven.Count == 0 && given.Count > 0 && Join(fullFamily) == Join(given);
            if (family.Count == 0 && !repeatsGiven)
            {
                family = fullFamily;
            }
            if (given.Count == 0)
            {
                given = fullGiven;
            }
            suffix ??= fullSuffix;
        }

        var middle = Tokens(input.MiddleName);
        NameTokenizer.Expand(middle);
        if (given.Count > 1)
        {
            middle.InsertRange(0, given.Skip(1));
        }
        return new ParsedName(given.Count > 0 ? given[0] : null, Join(middle), Join(family), suffix);
    }

    /// <summary>Given tokens (first, then middle names), family tokens and generational suffix.</summary>
    internal static (List<string> Given, List<string> Family, string? Suffix) ParseFull(string fullName)
    {
        var segments = NameTokenizer.Segments(fullName);
        if (segments.Count == 0)
        {
            return ([], [], null);
        }
        if (segments.Count > 1 && !OnlySuffixesAfterFirst(segments))
        {
            return FamilyFirst(segments);
        }
        var tokens = segments[0];
        for (var i = 1; i < segments.Count; i++)
        {
            tokens.AddRange(segments[i]);
        }
        StripPrefixes(tokens, keep: 1);
        var suffix = StripSuffixes(tokens, keep: 1, allowWeak: true);
        NameTokenizer.Expand(tokens);
        if (tokens.Count == 1)
        {
            return ([], tokens, suffix);
        }
        var familyStart = tokens.Count - 1;
        while (familyStart > 1 && NameTables.Particles.Contains(tokens[familyStart - 1]))
        {
            familyStart--;
        }
        return (tokens[..familyStart], tokens[familyStart..], suffix);
    }

    private static (List<string>, List<string>, string?) FamilyFirst(List<List<string>> segments)
    {
        var family = segments[0];
        StripPrefixes(family, keep: 1);
        var suffix = StripSuffixes(family, keep: 1, allowWeak: false);
        var given = segments[1];
        StripPrefixes(given, keep: 0);
        suffix = StripSuffixes(given, keep: 1, allowWeak: false) ?? suffix;
        for (var i = 2; i < segments.Count; i++)
        {
            foreach (var token in segments[i])
            {
                if (NameTables.IsSuffix(token, out var generational))
                {
                    suffix = generational ?? suffix;
                }
                else if (!NameTables.IsPrefix(token))
                {
                    given.Add(token);
                }
            }
        }
        NameTokenizer.Expand(given);
        NameTokenizer.Expand(family);
        return (given, family, suffix);
    }

    private static bool OnlySuffixesAfterFirst(List<List<string>> segments)
    {
        for (var i = 1; i < segments.Count; i++)
        {
            foreach (var token in segments[i])
            {
                if (!NameTables.IsSuffix(token, out _))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static void StripPrefixes(List<string> tokens, int keep)
    {
        while (tokens.Count > keep && NameTables.IsPrefix(tokens[0]))
        {
            tokens.RemoveAt(0);
        }
    }

    /// <summary>Removes trailing suffixes and returns the generational one among them, if any.</summary>
    private static string? StripSuffixes(List<string> tokens, int keep, bool allowWeak)
    {
        string? found = null;
        while (tokens.Count > keep && NameTables.IsSuffix(tokens[^1], out var generational))
        {
            if (NameTables.IsWeakSuffix(tokens[^1]) && (!allowWeak || tokens.Count <= 2))
            {
                break;
            }
            found ??= generational;
            tokens.RemoveAt(tokens.Count - 1);
        }
        return found;
    }

    private static string? GenerationalSuffix(string? suffix)
    {
        foreach (var token in Tokens(suffix))
        {
            if (NameTables.IsSuffix(token, out var generational) && generational is not null)
            {
                return generational;
            }
        }
        return null;
    }

    private static List<string> Tokens(string? text)
    {
        var tokens = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(text))
        {
            NameTokenizer.AddTokens(text, tokens);
        }
        return tokens;
    }

    private static string? Join(List<string> tokens) =>
        tokens.Count switch
        {
            0 => null,
            1 => tokens[0],
            _ => string.Join(' ', tokens),
        };
}
