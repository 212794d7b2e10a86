namespace Mdm.Matching.Normalization;

/// <summary>House numbers: <c>12</c>, <c>12B</c>, <c>12-B</c> (→ <c>12b</c>) and ranges such as <c>12-14</c>.</summary>
internal static class HouseNumber
{
    public static string? TryNormalize(string word)
    {
        var digits = word.AsSpan().IndexOfAnyExceptInRange('0', '9');
        if (digits == 0)
        {
            return null;
        }
        if (digits < 0)
        {
            return word;
        }
        var rest = word.AsSpan(digits).TrimEnd('.');
        if (rest.Length == 0)
        {
            return word[..digits];
        }
        if (rest.Length == 1 && char.IsAsciiLetter(rest[0]))
        {
            return string.Concat(word.AsSpan(0, digits), [char.ToLowerInvariant(rest[0])]);
        }
        if (rest.Length > 1 && rest[0] == '-')
        {
            var tail = rest[1..];
            if (!tail.ContainsAnyExceptInRange('0', '9'))
            {
                return string.Concat(word.AsSpan(0, digits), "-", tail);
            }
            if (tail.Length == 1 && char.IsAsciiLetter(tail[0]))
            {
                return string.Concat(word.AsSpan(0, digits), [char.ToLowerInvariant(tail[0])]);
            }
        }
        return null;
    }
}
