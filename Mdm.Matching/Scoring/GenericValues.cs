namespace Mdm.Matching.Scoring;

/// <summary>Values everybody types when they do not want to give theirs. Frequent shared values are caught by counts.</summary>
public static class GenericValues
{
    private static readonly HashSet<string> PlaceholderLocalParts = new(StringComparer.Ordinal)
    {
        "test",
        "testing",
        "noemail",
        "no-email",
        "no.email",
        "none",
        "no",
        "na",
        "n.a",
        "nomail",
        "noreply",
        "no-reply",
        "donotreply",
        "unknown",
        "email",
        "mail",
        "x",
        "xx",
        "xxx",
        "abc",
        "asdf",
        "customer",
        "guest",
    };

    /// <summary>True for placeholder emails (<c>test@…</c>, <c>noemail@…</c>) and phones (<c>+11111111111</c>, <c>…1234567890</c>).</summary>
    public static bool IsPlaceholder(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at > 0)
        {
            return PlaceholderLocalParts.Contains(value[..at]);
        }
        var digits = value.TrimStart('+');
        return digits.Length >= 7
            && (digits.Skip(1).Distinct().Count() == 1 || digits.EndsWith("1234567890", StringComparison.Ordinal));
    }
}
