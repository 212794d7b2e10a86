using Mdm.DataSamples.Model;
using Mdm.DataSamples.People;
using Mdm.DataSamples.Rendering;
using static System.FormattableString;

namespace Mdm.DataSamples.Channels;

/// <summary>
/// The loyalty app: members sign up with the name they go by (often a nickname), a birth date for the
/// birthday reward, a mobile number and an email. Carries the card number and tier.
/// </summary>
internal sealed class LoyaltyChannel(Random rng) : Channel(rng)
{
    private static readonly (PhoneStyle Style, double Weight)[] PhoneStyles =
    [
        (PhoneStyle.International, 0.4),
        (PhoneStyle.E164, 0.3),
        (PhoneStyle.Dashed, 0.3),
    ];
    private static readonly (string Tier, double Weight)[] Tiers =
    [
        ("bronze", 0.5),
        ("silver", 0.3),
        ("gold", 0.15),
        ("platinum", 0.05),
    ];
    private static readonly AddressHabit Addresses = new(Abbreviate: 0.6, ZipPlus4: 0.0, UnitOnLine1: 0.1, Typo: 0.02);

    private readonly UniqueNumbers _ids = new(rng, 1, 10_000_000);
    private readonly UniqueNumbers _cards = new(rng, 10_000_000, 100_000_000);

    public override string System => "loyalty";

    public override SourceRecord Render(Person person, DateTime updatedAt)
    {
        var record = new RecordBuilder(System, Invariant($"LOY-{_ids.Next():D7}"), updatedAt);
        var typing = new Typing(TextCase.AsIs, AsciiOnly: Rng.Chance(0.1));
        record.Name = new NameEntry(
            Given: typing.Apply(Corruptions.MaybeTypo(Rng, NameHabits.Given(Rng, person.Name.Given, 0.45), 0.03)),
            Family: typing.Apply(Corruptions.MaybeTypo(Rng, NameHabits.Family(Rng, person.Name.Family, 0.1), 0.02))
        );
        record.LoyaltyId = Invariant($"LY{_cards.Next()}");
        if (Rng.Chance(0.85))
        {
            record.BirthDate = Corruptions.MaybeSwapDayAndMonth(Rng, person.BirthDate, 0.04);
        }
        if (Rng.Chance(0.75))
        {
            record.Gender = Rng.Chance(0.1) ? "U" : person.Sex;
        }
        if (Rng.Chance(0.85))
        {
            record.AddEmail(person.Email, "personal");
        }
        if (person.PrimaryPhone is { } phone && Rng.Chance(0.85))
        {
            record.AddPhone(PhoneFormats.Format(phone, Rng.PickWeighted(PhoneStyles)), "mobile", phone.Country);
        }
        if (Rng.Chance(0.55))
        {
            record.AddAddress(AddressRenderer.Render(Rng, person.Address, Addresses, typing, "home"));
        }

        record.SetAttribute("tier", Rng.PickWeighted(Tiers));
        record.SetAttribute("points", Invariant($"{Rng.Next(0, 60_000)}"));
        if (Rng.Chance(0.7))
        {
            record.CaptureConsent(Rng, "marketing", "email");
        }
        if (Rng.Chance(0.4))
        {
            record.CaptureConsent(Rng, "marketing", "sms");
        }
        if (Rng.Chance(0.25))
        {
            record.CaptureConsent(Rng, "profiling", "email", grantedRate: 0.6);
        }
        return record.Build();
    }
}
