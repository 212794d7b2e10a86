using Mdm.DataSamples.Model;
using Mdm.DataSamples.People;
using Mdm.DataSamples.Rendering;
using static System.FormattableString;

namespace Mdm.DataSamples.Channels;

/// <summary>
/// The store tills: a cashier asks for a phone number to look the customer up and keys whatever name
/// they hear, fast and often in capitals. No addresses, rarely an email for e-receipts.
/// </summary>
internal sealed class PosChannel(Random rng) : Channel(rng)
{
    private enum NameCapture
    {
        GivenAndFamily,
        InitialAndFamily,
        FamilyOnly,
        None,
    }

    private static readonly (NameCapture Capture, double Weight)[] NameCaptures =
    [
        (NameCapture.GivenAndFamily, 0.45),
        (NameCapture.InitialAndFamily, 0.2),
        (NameCapture.FamilyOnly, 0.1),
        (NameCapture.None, 0.25),
    ];
    private static readonly (PhoneStyle Style, double Weight)[] PhoneStyles =
    [
        (PhoneStyle.Digits, 0.7),
        (PhoneStyle.Dashed, 0.2),
        (PhoneStyle.Parenthesized, 0.1),
    ];

    private readonly UniqueNumbers _ids = new(rng, 10_000, 100_000);

    public override string System => "pos";

    public override SourceRecord Render(Person person, DateTime updatedAt)
    {
        var record = new RecordBuilder(System, Invariant($"POS-{_ids.Next()}"), updatedAt);
        var phone = person.PrimaryPhone;
        var capture = Rng.PickWeighted(NameCaptures);
        if (phone is null && capture == NameCapture.None)
        {
            capture = NameCapture.GivenAndFamily; // with no phone to key, the cashier takes a name
        }

        // Till software is mostly ASCII-only; cashiers type in capitals about half the time.
        var typing = new Typing(Rng.Chance(0.5) ? TextCase.Upper : TextCase.AsIs, AsciiOnly: Rng.Chance(0.8));
        var given = Corruptions.MaybeTypo(Rng, NameHabits.Given(Rng, person.Name.Given, 0.25), 0.05);
        var family = typing.Apply(Corruptions.MaybeTypo(Rng, NameHabits.Family(Rng, person.Name.Family, 0.25), 0.05));
        record.Name = capture switch
        {
            NameCapture.GivenAndFamily => new NameEntry(Given: typing.Apply(given), Family: family),
            NameCapture.InitialAndFamily => new NameEntry(
                Given: typing.Apply(NameHabits.Initial(given)),
                Family: family
            ),
            NameCapture.FamilyOnly => new NameEntry(Family: family),
            _ => null,
        };

        if (phone is not null)
        {
            // Tills often skip the country; a North American number reads the same without it.
            var country = phone.CallingCode == "1" && Rng.Chance(0.7) ? null : phone.Country;
            record.AddPhone(PhoneFormats.Format(phone, Rng.PickWeighted(PhoneStyles)), null, country);
        }
        if (Rng.Chance(0.15))
        {
            record.AddEmail(person.Email.ToLowerInvariant(), "receipt");
        }
        record.SetAttribute("homeStore", Invariant($"S{Rng.Next(1, 250):D3}"));
        if (Rng.Chance(0.1))
        {
            record.CaptureConsent(Rng, "marketing", "sms", grantedRate: 0.8);
        }
        return record.Build();
    }
}
