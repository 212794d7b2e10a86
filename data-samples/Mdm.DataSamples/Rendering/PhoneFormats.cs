using Mdm.DataSamples.People;

namespace Mdm.DataSamples.Rendering;

internal enum PhoneStyle
{
    /// <summary>(212) 555-0147, (020) 7946 0123</summary>
    Parenthesized,

    /// <summary>212.555.0147; UK numbers fall back to spaced national form.</summary>
    Dotted,

    /// <summary>212-555-0147, 020 7946 0123</summary>
    Dashed,

    /// <summary>+1 212 555 0147, +44 20 7946 0123</summary>
    International,

    /// <summary>2125550147, 02079460123</summary>
    Digits,

    /// <summary>+12125550147</summary>
    E164,
}

/// <summary>Writes a phone number the way a given system or typist punctuates it.</summary>
internal static class PhoneFormats
{
    public static string Format(Phone phone, PhoneStyle style)
    {
        var groups = phone.Groups;
        var digits = phone.NationalDigits;
        // North American numbers carry no trunk prefix; UK national numbers start with 0.
        var trunk = phone.CallingCode == "1" ? "" : "0";
        var national = trunk + string.Join(' ', groups);
        return style switch
        {
            PhoneStyle.Parenthesized when trunk.Length == 0 => $"({groups[0]}) {groups[1]}-{groups[2]}",
            PhoneStyle.Parenthesized => $"({trunk}{groups[0]}) {string.Join(' ', groups.Skip(1))}",
            PhoneStyle.Dotted when trunk.Length == 0 => string.Join('.', groups),
            PhoneStyle.Dashed when trunk.Length == 0 => string.Join('-', groups),
            PhoneStyle.International => $"+{phone.CallingCode} {string.Join(' ', groups)}",
            PhoneStyle.Digits => trunk + digits,
            PhoneStyle.E164 => $"+{phone.CallingCode}{digits}",
            _ => national,
        };
    }
}
