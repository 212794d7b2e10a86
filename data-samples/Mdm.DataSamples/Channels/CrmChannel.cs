using Mdm.DataSamples.Model;
using Mdm.DataSamples.People;
using Mdm.DataSamples.Rendering;
using static System.FormattableString;

namespace Mdm.DataSamples.Channels;

/// <summary>
/// The service desk CRM: agents record formal names with a title and a composed full name, every
/// number and email the customer mentions, and contact consents. The most careful system.
/// </summary>
internal sealed class CrmChannel(Random rng) : Channel(rng)
{
    private static readonly (PhoneStyle Style, double Weight)[] PhoneStyles =
    [
        (PhoneStyle.Parenthesized, 0.6),
        (PhoneStyle.Dashed, 0.2),
        (PhoneStyle.International, 0.2),
    ];
    private static readonly string[] Segments = ["retail", "retail", "retail", "vip", "employee"];
    private static readonly string[] ConsentChannels = ["email", "phone", "post"];
    private static readonly AddressHabit Addresses = new(Abbreviate: 0.3, ZipPlus4: 0.2, UnitOnLine1: 0.05, Typo: 0.02);

    private readonly UniqueNumbers _ids = new(rng, 1, 10_000_000);

    public override string System => "crm";

    public override SourceRecord Render(Person person, DateTime updatedAt)
    {
        var record = new RecordBuilder(System, Invariant($"CRM-{_ids.Next():D7}"), updatedAt);
        record.Name = Name(person);
        if (Rng.Chance(0.9))
        {
            record.AddEmail(person.Email, "personal");
        }
        if (person.WorkEmail is not null && Rng.Chance(0.5))
        {
            record.AddEmail(person.WorkEmail, "work");
        }
        var style = Rng.PickWeighted(PhoneStyles);
        foreach (var (phone, type) in PhonesOf(person))
        {
            if (Rng.Chance(0.8))
            {
                record.AddPhone(PhoneFormats.Format(phone, style), type, phone.Country);
            }
        }
        if (Rng.Chance(0.75))
        {
            record.AddAddress(AddressRenderer.Render(Rng, person.Address, Addresses, Typing.Clean, "home"));
        }
        if (Rng.Chance(0.3))
        {
            record.BirthDate = Corruptions.MaybeSwapDayAndMonth(Rng, person.BirthDate, 0.03);
        }
        if (Rng.Chance(0.7))
        {
            record.Gender = person.Sex;
        }
        record.SetAttribute("segment", Rng.Pick(Segments));
        foreach (var channel in ConsentChannels)
        {
            if (Rng.Chance(0.45))
            {
                record.CaptureConsent(Rng, "marketing", channel, grantedRate: 0.7);
            }
        }
        if (Rng.Chance(0.3))
        {
            record.CaptureConsent(Rng, "profiling", "email", grantedRate: 0.5);
        }
        return record.Build();
    }

    private NameEntry Name(Person person)
    {
        var name = person.Name;
        var prefix = Rng.Chance(0.85) ? Title(person) : null;
        var given = Corruptions.MaybeTypo(Rng, NameHabits.Given(Rng, name.Given, 0.05), 0.02);
        var family = Corruptions.MaybeTypo(Rng, name.Family, 0.02);
        var middle =
            name.Middle is null ? null
            : Rng.Chance(0.5) ? name.Middle
            : NameHabits.Initial(name.Middle);
        var suffix = name.Suffix is not null && Rng.Chance(0.8) ? name.Suffix : null;
        var full = NameHabits.Join(
            prefix is null ? null : prefix + (Rng.Chance(0.7) ? "." : ""),
            given,
            middle?.Length == 1 ? middle + "." : middle,
            family,
            suffix is null ? null : suffix + "."
        );
        return new NameEntry(full, prefix, given, middle, family, suffix);
    }

    private string Title(Person person) =>
        person.IsDoctor ? "Dr"
        : person.Sex == "M" ? "Mr"
        : person.Sex == "F" ? (person.IsMarried && Rng.Chance(0.6) ? "Mrs" : "Ms")
        : "Mx";
}
