namespace Mdm.Matching.Normalization;

/// <summary>
/// Turns a <see cref="PersonInput"/> as a source system sent it into the <see cref="MatchRecord"/> the matcher
/// compares.
/// </summary>
public static class PersonNormalizer
{
    /// <summary>
    /// Normalizes every value. Names are folded and parsed (structured parts first, the whole name for what is
    /// missing); values that do not normalize (an invalid phone, say) are left out; lists keep their first-seen order
    /// without duplicates.
    /// </summary>
    public static MatchRecord Normalize(PersonInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var name = NameParser.Parse(input);
        var addresses = Addresses(input.Addresses);
        return new MatchRecord(
            input.Key,
            name.Given,
            name.Family,
            input.BirthDate,
            Emails(input.Emails),
            Phones(input.Phones),
            TextFolding.Compact(input.LoyaltyId),
            PostalCodes(addresses)
        )
        {
            MiddleName = name.Middle,
            GivenNameRoots = name.Given is null ? [] : Nicknames.Roots(name.Given),
            Suffix = name.Suffix,
            Gender = Gender(input.Gender),
            PersonalPhones = PersonalPhones(input.Phones),
            Addresses = addresses,
            OtherIds = OtherIds(input.OtherIds),
        };
    }

    /// <summary><c>m</c> for m/male, <c>f</c> for f/female (any case), else null.</summary>
    internal static string? Gender(string? gender)
    {
        var value = gender.AsSpan().Trim();
        return value.Equals("m", StringComparison.OrdinalIgnoreCase)
            || value.Equals("male", StringComparison.OrdinalIgnoreCase)
                ? "m"
            : value.Equals("f", StringComparison.OrdinalIgnoreCase)
            || value.Equals("female", StringComparison.OrdinalIgnoreCase)
                ? "f"
            : null;
    }

    /// <summary><c>kind:value</c>, kind trimmed and lower-cased, value compacted; a bare value is compacted.</summary>
    internal static string? OtherId(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return TextFolding.Compact(id);
        }
        var kind = id.AsSpan(0, colon).Trim();
        var value = TextFolding.Compact(id[(colon + 1)..]);
        return kind.IsEmpty || value is null ? null : string.Concat(kind.ToString().ToLowerInvariant(), ":", value);
    }

    private static List<string> Emails(IReadOnlyList<string> emails)
    {
        var result = new List<string>(emails.Count);
        foreach (var email in emails)
        {
            AddDistinct(result, ContactKeys.Email(email));
        }
        return result;
    }

    private static List<string> Phones(IReadOnlyList<PhoneInput> phones)
    {
        var result = new List<string>(phones.Count);
        foreach (var phone in phones)
        {
            AddDistinct(result, ContactKeys.Phone(phone.Number, phone.Country));
        }
        return result;
    }

    private static List<string> PersonalPhones(IReadOnlyList<PhoneInput> phones)
    {
        var result = new List<string>();
        foreach (var phone in phones)
        {
            if (ContactKeys.PersonalPhone(phone.Number, phone.Country, phone.Type) is { } e164)
            {
                AddDistinct(result, e164);
            }
        }
        return result;
    }

    private static List<MatchAddress> Addresses(IReadOnlyList<AddressInput> addresses)
    {
        var result = new List<MatchAddress>(addresses.Count);
        foreach (var address in addresses)
        {
            if (AddressNormalizer.Normalize(address) is { } normalized && !result.Contains(normalized))
            {
                result.Add(normalized);
            }
        }
        return result;
    }

    private static List<string> PostalCodes(List<MatchAddress> addresses)
    {
        var result = new List<string>(addresses.Count);
        foreach (var address in addresses)
        {
            AddDistinct(result, address.PostalCode);
        }
        return result;
    }

    private static List<string> OtherIds(IReadOnlyList<string> ids)
    {
        var result = new List<string>(ids.Count);
        foreach (var id in ids)
        {
            AddDistinct(result, OtherId(id));
        }
        return result;
    }

    private static void AddDistinct(List<string> into, string? value)
    {
        // Lists are short: a linear scan beats a hash set here.
        if (value is not null && !into.Contains(value))
        {
            into.Add(value);
        }
    }
}
