using Mdm.DataSamples.Data;
using Mdm.DataSamples.Rendering;
using static System.FormattableString;

namespace Mdm.DataSamples.People;

/// <summary>
/// Issues email addresses and phone numbers, each to one owner only, unless a cohort deliberately
/// shares them (a household's landline or family mailbox).
/// </summary>
internal sealed class ContactFactory(Random rng)
{
    private readonly HashSet<string> _emails = new(StringComparer.Ordinal);
    private readonly HashSet<string> _phones = new(StringComparer.Ordinal);

    public string NewEmail(PersonName name, DateOnly birthDate)
    {
        var given = LocalPart(name.Given);
        var family = LocalPart(name.Family);
        var initial = given[..1];
        var local = rng.Next(8) switch
        {
            0 => $"{given}.{family}",
            1 => given + family,
            2 => initial + family,
            3 => Invariant($"{given}.{family}{birthDate.Year % 100:D2}"),
            4 => $"{family}.{given}",
            5 => $"{given}_{family}",
            6 => Invariant($"{initial}.{family}{rng.Next(1, 100)}"),
            _ => Invariant($"{given}{birthDate.Year}"),
        };
        return Claim(local, EmailDomains.Personal.Pick(rng));
    }

    public string NewWorkEmail(PersonName name) =>
        Claim($"{LocalPart(name.Given)}.{LocalPart(name.Family)}", $"{rng.Pick(EmailDomains.Employers)}.example.com");

    /// <summary>A mailbox a couple shares, the way many households sign up with one address.</summary>
    public string NewHouseholdEmail(string family)
    {
        var name = LocalPart(family);
        var local = rng.Chance(0.5) ? $"the{name}s" : $"{name}family";
        return Claim(local, EmailDomains.Personal.Pick(rng));
    }

    public Phone NewPhone(City city)
    {
        while (true)
        {
            var phone = city.Country == "GB" ? UkDramaNumber(city) : NorthAmericanNumber(city);
            if (_phones.Add(phone.NationalDigits))
            {
                return phone;
            }
        }
    }

    private Phone NorthAmericanNumber(City city)
    {
        // Most numbers are local; the rest were kept from a previous city.
        var home = rng.Chance(0.8) ? city : Places.PickCity(rng, city.Country);
        // Always the 555 exchange, kept for fiction, so a sample number never rings a real person.
        const int exchange = 555;
        return new Phone(city.Country, "1", [rng.Pick(home.PhonePrefixes), Invariant($"{exchange}"), rng.Digits(4)]);
    }

    private Phone UkDramaNumber(City city)
    {
        var groups = rng.Pick(city.PhonePrefixes).Split('.');
        return new Phone("GB", "44", [.. groups, "0" + rng.Digits(3)]);
    }

    private string Claim(string local, string domain)
    {
        var address = $"{local}@{domain}";
        for (var n = 2; !_emails.Add(address); n++)
        {
            address = Invariant($"{local}{n}@{domain}");
        }
        return address;
    }

    private static string LocalPart(string name)
    {
        var plain = Corruptions.StripDiacritics(name).ToLowerInvariant();
        return string.Concat(plain.Where(char.IsAsciiLetterOrDigit));
    }
}
