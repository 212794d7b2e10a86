using Mdm.DataSamples.Model;
using Mdm.DataSamples.People;
using Mdm.DataSamples.Rendering;
using static System.FormattableString;

namespace Mdm.DataSamples.Channels;

/// <summary>
/// The ERP's customer accounts (customers on credit terms): a legacy, upper-case, ASCII-only system
/// that files people as "FAMILY, GIVEN" against a billing address.
/// </summary>
internal sealed class ErpChannel(Random rng) : Channel(rng)
{
    private static readonly Typing Legacy = new(TextCase.Upper, AsciiOnly: true);
    private static readonly (PhoneStyle Style, double Weight)[] PhoneStyles =
    [
        (PhoneStyle.Dotted, 0.4),
        (PhoneStyle.Dashed, 0.6),
    ];
    private static readonly (string Terms, double Weight)[] CreditTerms =
    [
        ("NET30", 0.5),
        ("NET60", 0.15),
        ("NET15", 0.1),
        ("COD", 0.15),
        ("PREPAID", 0.1),
    ];
    private static readonly AddressHabit Addresses = new(Abbreviate: 0.85, ZipPlus4: 0.6, UnitOnLine1: 0.3, Typo: 0.03);

    private readonly UniqueNumbers _accounts = new(rng, 10_000, 100_000);

    public override string System => "erp";

    public override SourceRecord Render(Person person, DateTime updatedAt)
    {
        var account = Invariant($"C{_accounts.Next()}");
        var record = new RecordBuilder(System, $"ERP-{account}", updatedAt);
        var name = person.Name;
        var given = Legacy.Apply(Corruptions.MaybeTypo(Rng, name.Given, 0.02));
        var family = Legacy.Apply(Corruptions.MaybeTypo(Rng, name.Family, 0.02));
        var suffix = name.Suffix is not null && Rng.Chance(0.3) ? Legacy.Apply(name.Suffix) : null;
        var middleInitial =
            name.Middle is not null && Rng.Chance(0.3) ? Legacy.Apply(NameHabits.Initial(name.Middle)) : null;
        var full = $"{NameHabits.Join(family, suffix)}, {NameHabits.Join(given, middleInitial)}";
        // Older accounts were migrated with only the full name filled in.
        record.Name = Rng.Chance(0.6)
            ? new NameEntry(full, Given: given, Family: family, Suffix: suffix)
            : new NameEntry(full);

        record.AddAddress(AddressRenderer.Render(Rng, person.Address, Addresses, Legacy, "billing"));
        if (person.PrimaryPhone is { } phone && Rng.Chance(0.6))
        {
            record.AddPhone(PhoneFormats.Format(phone, Rng.PickWeighted(PhoneStyles)), "main", phone.Country);
        }
        if (Rng.Chance(0.5))
        {
            record.AddEmail(person.Email.ToUpperInvariant(), "billing");
        }
        record.SetAttribute("erpAccount", account);
        record.SetAttribute("creditTerms", Rng.PickWeighted(CreditTerms));
        record.SetAttribute("taxExempt", Rng.Chance(0.08) ? "true" : "false");
        return record.Build();
    }
}
