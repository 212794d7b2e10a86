using Mdm.Core.GoldenRecords;

namespace Mdm.Stewardship.Web.Components.GoldenRecords;

/// <summary>One golden attribute as the values table shows it: its values, lineage and whether a steward may pin it.</summary>
public sealed record GoldenValueRow(
    string Attribute,
    string Label,
    IReadOnlyList<string> Values,
    Lineage? Lineage,
    bool Pinnable
)
{
    public bool Pinned => Lineage?.Rule == Survivorship.StewardPin;

    /// <summary>Name, birth date and gender always (a steward may pin an empty one), then the lists and attributes.</summary>
    public static IReadOnlyList<GoldenValueRow> For(GoldenValues values)
    {
        GoldenValueRow Row(string attribute, string label, IEnumerable<string> shown, bool pinnable) =>
            new(
                attribute,
                label,
                shown.Where(v => v.Length > 0).ToList(),
                values.Lineage.GetValueOrDefault(attribute),
                pinnable
            );

        return
        [
            Row(SurvivorshipRules.Name, "Name", [ValueText.Name(values.Name)], true),
            // The prefix survives by its own rule (when the catalogue gives it one): its lineage differs from the name's.
            .. values.Lineage.ContainsKey(SurvivorshipRules.NamePrefix)
                ? [Row(SurvivorshipRules.NamePrefix, "Name prefix", [values.Name?.Prefix ?? ""], false)]
                : Array.Empty<GoldenValueRow>(),
            Row(SurvivorshipRules.BirthDate, "Birth date", [ValueText.Date(values.BirthDate)], true),
            Row(SurvivorshipRules.Gender, "Gender", [values.Gender ?? ""], true),
            Row(
                SurvivorshipRules.Emails,
                "E-mails",
                values.Emails.Select(e => ValueText.Typed(e.Address, e.Type)),
                false
            ),
            Row(
                SurvivorshipRules.Phones,
                "Phones",
                values.Phones.Select(p => ValueText.Typed(p.Number, p.Type)),
                false
            ),
            Row(
                SurvivorshipRules.Addresses,
                "Addresses",
                values.Addresses.Select(a => ValueText.Typed(ValueText.Address(a), a.Type)),
                false
            ),
            Row(SurvivorshipRules.LoyaltyIds, "Loyalty ids", values.LoyaltyIds, false),
            .. values
                .Attributes.OrderBy(a => a.Key, StringComparer.Ordinal)
                .Select(a =>
                    Row(
                        SurvivorshipRules.AttributePrefix + a.Key,
                        $"Attribute {a.Key}",
                        [ValueText.Json(a.Value)],
                        true
                    )
                ),
        ];
    }
}
