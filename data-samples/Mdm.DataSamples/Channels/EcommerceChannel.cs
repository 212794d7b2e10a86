using Mdm.DataSamples.Data;
using Mdm.DataSamples.Model;
using Mdm.DataSamples.People;
using Mdm.DataSamples.Rendering;
using static System.FormattableString;

namespace Mdm.DataSamples.Channels;

/// <summary>
/// The web shop: customers type their own details, in whatever case and with whatever typos, tag their
/// email for filtering, and give shipping addresses. An email is mandatory; most else is optional.
/// </summary>
internal sealed class EcommerceChannel(Random rng) : Channel(rng)
{
    private static readonly (TextCase Case, double Weight)[] Cases =
    [
        (TextCase.AsIs, 0.74),
        (TextCase.Lower, 0.15),
        (TextCase.Upper, 0.08),
        (TextCase.Inverted, 0.03),
    ];
    private static readonly (PhoneStyle Style, double Weight)[] PhoneStyles =
    [
        (PhoneStyle.Parenthesized, 0.25),
        (PhoneStyle.Dashed, 0.25),
        (PhoneStyle.Digits, 0.25),
        (PhoneStyle.Dotted, 0.1),
        (PhoneStyle.International, 0.1),
        (PhoneStyle.E164, 0.05),
    ];
    private static readonly AddressHabit Addresses = new(
        Abbreviate: 0.55,
        ZipPlus4: 0.05,
        UnitOnLine1: 0.2,
        Typo: 0.03
    );
    private static readonly string[] PlusTags = ["shop", "web", "orders", "deals", "store"];

    private readonly UniqueNumbers _ids = new(rng, 1, 1_000_000);

    public override string System => "ecommerce";

    public override SourceRecord Render(Person person, DateTime updatedAt)
    {
        var record = new RecordBuilder(System, Invariant($"WEB-{_ids.Next():D6}"), updatedAt);
        // US keyboards make accents a chore, so a third of customers leave them out.
        var typing = new Typing(Rng.PickWeighted(Cases), AsciiOnly: Rng.Chance(0.35));
        var name = person.Name;

        record.Name = new NameEntry(
            Given: typing.Apply(Corruptions.MaybeTypo(Rng, NameHabits.Given(Rng, name.Given, 0.12), 0.03)),
            Middle: name.Middle is not null && Rng.Chance(0.1) ? typing.Apply(NameHabits.Initial(name.Middle)) : null,
            Family: typing.Apply(Corruptions.MaybeTypo(Rng, NameHabits.Family(Rng, name.Family, 0.15), 0.03)),
            Suffix: name.Suffix is not null && Rng.Chance(0.3) ? name.Suffix : null
        );
        record.AddEmail(AsTyped(person.Email), "personal");
        if (person.PrimaryPhone is { } phone && Rng.Chance(0.8))
        {
            var type = person.Mobile is null ? "home" : "mobile";
            record.AddPhone(PhoneFormats.Format(phone, Rng.PickWeighted(PhoneStyles)), type, phone.Country);
        }

        var guest = Rng.Chance(0.25);
        record.AddAddress(AddressRenderer.Render(Rng, person.Address, Addresses, typing, "shipping"));
        if (Rng.Chance(0.2))
        {
            record.AddAddress(AddressRenderer.Render(Rng, person.Address, Addresses, typing, "billing"));
        }
        if (Rng.Chance(0.1))
        {
            record.BirthDate = Corruptions.MaybeSwapDayAndMonth(Rng, person.BirthDate, 0.05);
        }
        if (Rng.Chance(0.15))
        {
            record.Gender = person.Sex;
        }
        record.SetAttribute("accountType", guest ? "guest" : "registered");
        if (!guest)
        {
            record.CaptureConsent(Rng, "marketing", "email", grantedRate: 0.6);
            if (Rng.Chance(0.2))
            {
                record.CaptureConsent(Rng, "marketing", "sms", grantedRate: 0.5);
            }
        }
        return record.Build();
    }

    /// <summary>Emails as customers type them: some plus-tagged for filtering, some capitalised.</summary>
    private string AsTyped(string email)
    {
        if (EmailDomains.Placeholders.Contains(email, StringComparer.Ordinal))
        {
            return email; // keyed by staff on the customer's behalf, never decorated
        }
        var at = email.IndexOf('@', StringComparison.Ordinal);
        var local = email[..at];
        var domain = email[at..];
        if (Rng.Chance(0.15))
        {
            local = $"{local}+{Rng.Pick(PlusTags)}";
        }
        if (Rng.Chance(0.08))
        {
            local = char.ToUpperInvariant(local[0]) + local[1..];
        }
        return local + domain;
    }
}
