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
    public static string? ToE164(string? number, string? country)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }
        var region = string.IsNullOrWhiteSpace(country) ? "US" : country.Trim().ToUpperInvariant();
        try
        {
            var parsed = Util.Parse(number, region);
            return Util.IsValidNumber(parsed) ? Util.Format(parsed, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
