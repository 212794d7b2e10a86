using System.Text;

namespace Mdm.Matching.Normalization;

/// <summary>Splits a raw name into folded tokens, keeping hyphenated and apostrophe names as one token.</summary>
internal static class NameTokenizer
{
    /// <summary>Comma-separated segments of <paramref name="text"/> as folded tokens; empty ones left out.</summary>
    public static List<List<string>> Segments(string text)
    {
        var cleaned = WithoutBracketed(text).AsSpan();
        var segments = new List<List<string>>(2);
        foreach (var range in cleaned.Split(','))
        {
            var tokens = new List<string>(4);
            AddTokens(cleaned[range], tokens);
            if (tokens.Count > 0)
            {
                segments.Add(tokens);
            }
        }
        return segments;
    }

    /// <summary>
    /// Adds the folded tokens of <paramref name="text"/>: <c>García-López</c> and <c>O'Brien</c> stay one token
    /// (<c>garcia lopez</c>, <c>o brien</c>); dotted words stay one token with dots (<c>J.R.</c> → <c>j.r</c>) until
    /// <see cref="Expand"/>.
    /// </summary>
    public static void AddTokens(ReadOnlySpan<char> text, List<string> into)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var boundary = i == text.Length || char.IsWhiteSpace(text[i]);
            if (!boundary && start < 0)
            {
                start = i;
            }
            else if (boundary && start >= 0)
            {
                AddWord(text[start..i], into);
                start = -1;
            }
        }
    }

    private static void AddWord(ReadOnlySpan<char> word, List<string> into)
    {
        var folded = AsciiFold.Fold(word);
        if (folded is null)
        {
            return;
        }
        if (!folded.Contains(' ', StringComparison.Ordinal) || word.IndexOfAny("-'\u2019\u2010\u2013") >= 0)
        {
            into.Add(folded);
            return;
        }
        // A title run into the name ("Mr.John") is a word of its own.
        var space = folded.IndexOf(' ', StringComparison.Ordinal);
        if (NameTables.Prefixes.Contains(folded[..space]))
        {
            into.Add(folded[..space]);
            folded = folded[(space + 1)..];
        }
        // Kept together until affixes are stripped: "Ph.D." is a suffix, "J.R." two initials (see Expand).
        into.Add(folded.Replace(' ', '.'));
    }

    /// <summary>Splits the dotted tokens left after affix stripping into their parts.</summary>
    public static void Expand(List<string> tokens)
    {
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            if (tokens[i].Contains('.', StringComparison.Ordinal))
            {
                var parts = tokens[i].Split('.');
                tokens.RemoveAt(i);
                tokens.InsertRange(i, parts);
            }
        }
    }

    /// <summary>Drops parenthesized and quoted parts: nicknames such as <c>William "Bill" Smith</c>.</summary>
    private static string WithoutBracketed(string text)
    {
        if (text.AsSpan().IndexOfAny("(\"\u201C") < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        var depth = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c is '(' or ')' or '"' or '\u201C' or '\u201D')
            {
                builder.Append(' ');
            }
            switch (c)
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '"':
                    quoted = !quoted;
                    break;
                case '\u201C':
                    quoted = true;
                    break;
                case '\u201D':
                    quoted = false;
                    break;
                default:
                    if (depth == 0 && !quoted)
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.ToString();
    }
}
