using PhoneNumbers;

namespace Mdm.Matching.Normalization;

/// <summary>Normalizes phone numbers to E.164 with libphonenumber.</summary>
public static class PhoneNormalizer
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// Parses <paramref name="number"/> in the region <paramref name="country"/> (ISO 3166 alpha-2, default US)
    /// and returns it in E.164, or null when it is not a valid number (placeholders such as <c>0000000000</c> fail here).
    /// Extensions are dropped: they reach a desk, not a person.
    /// </summary>
    public static string? ToE164(string? number, string? country) =>
        Parse(number, country) is { } parsed ? Util.Format(parsed, PhoneNumberFormat.E164) : null;

    /// <summary>
    /// The number in E.164 when it reaches one person rather than a household or a desk: a mobile range, or a range
    /// that may be either (as in North America) labelled <c>mobile</c> or <c>cell</c> by the sender; else null.
    /// </summary>
    public static string? IsPersonal(string? number, string? country, string? label)
    {
        if (Parse(number, country) is not { } parsed)
        {
            return null;
        }
        var labelledMobile =
            string.Equals(label?.Trim(), "mobile", StringComparison.OrdinalIgnoreCase)
            || string.Equals(label?.Trim(), "cell", StringComparison.OrdinalIgnoreCase);
        var personal = Util.GetNumberType(parsed) switch
        {
            PhoneNumberType.MOBILE => true,
            PhoneNumberType.FIXED_LINE_OR_MOBILE => labelledMobile,
            _ => false,
        };
        return personal ? Util.Format(parsed, PhoneNumberFormat.E164) : null;
    }

    private static PhoneNumber? Parse(string? number, string? country)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }
        var region = string.IsNullOrWhiteSpace(country) ? "US" : country.Trim().ToUpperInvariant();
        try
        {
            var parsed = Util.Parse(number, region);
            return Util.IsValidNumber(parsed) ? parsed : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
