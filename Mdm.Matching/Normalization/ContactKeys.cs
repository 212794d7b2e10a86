namespace Mdm.Matching.Normalization;

/// <summary>
/// Email addresses and phone numbers as match keys: stricter than <see cref="EmailNormalizer"/> and
/// <see cref="PhoneNormalizer"/>, whose output is also shown to people.
/// </summary>
public static class ContactKeys
{
    /// <summary>
    /// <see cref="EmailNormalizer.Normalize"/>, and for Gmail (<c>gmail.com</c>, <c>googlemail.com</c>) the dots of the
    /// local part dropped and the domain <c>gmail.com</c>: Gmail ignores them (<c>John.Smith@googlemail.com</c> →
    /// <c>johnsmith@gmail.com</c>).
    /// </summary>
    public static string? Email(string? address)
    {
        var normalized = EmailNormalizer.Normalize(address);
        if (normalized is null)
        {
            return null;
        }
        var at = normalized.IndexOf('@', StringComparison.Ordinal);
        var domain = normalized.AsSpan(at + 1);
        if (domain is not ("gmail.com" or "googlemail.com"))
        {
            return normalized;
        }
        var local = normalized.AsSpan(0, at);
        return local.Contains('.') ? local.ToString().Replace(".", "", StringComparison.Ordinal) + "@gmail.com"
            : domain is "gmail.com" ? normalized
            : string.Concat(local, "@gmail.com");
    }

    /// <summary>
    /// The phone in E.164 (see <see cref="PhoneNormalizer.ToE164"/>) after dropping an extension (<c>x123</c>,
    /// <c>ext. 123</c>, <c>#123</c>); <paramref name="country"/> may be a code or a name (<see cref="Countries"/>),
    /// default US.
    /// </summary>
    public static string? Phone(string? number, string? country)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }
        var region = Countries.ToAlpha2(country) ?? country;
        return PhoneNormalizer.ToE164(WithoutExtension(number), region);
    }

    /// <summary>
    /// The phone in E.164 when it reaches one person (see <see cref="PhoneNormalizer.IsPersonal"/>); a number with an
    /// extension reaches a desk, so it never is.
    /// </summary>
    public static string? PersonalPhone(string? number, string? country, string? label)
    {
        if (string.IsNullOrWhiteSpace(number) || !ReferenceEquals(WithoutExtension(number), number))
        {
            return null;
        }
        return PhoneNormalizer.IsPersonal(number, Countries.ToAlpha2(country) ?? country, label);
    }

    internal static string WithoutExtension(string number)
    {
        var span = number.AsSpan().TrimEnd();
        var digitsStart = span.LastIndexOfAnyExceptInRange('0', '9') + 1;
        if (digitsStart == span.Length)
        {
            return number;
        }
        var head = span[..digitsStart].TrimEnd(" .:");
        foreach (var marker in (ReadOnlySpan<string>)["extension", "ext", "extn", "x", "#"])
        {
            if (head.EndsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                return head[..^marker.Length].ToString();
            }
        }
        return number;
    }
}
