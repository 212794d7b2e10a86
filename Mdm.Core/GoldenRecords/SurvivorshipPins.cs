using System.Globalization;
using System.Text.Json;
using Mdm.Core.SourceRecords;

namespace Mdm.Core.GoldenRecords;

/// <summary>Lays steward pins over computed golden values: only the golden value changes, never a source record.</summary>
internal static class SurvivorshipPins
{
    public static GoldenValues Apply(GoldenValues values, Dictionary<string, Lineage> lineage, IReadOnlyList<Pin> pins)
    {
        if (pins.Count == 0)
        {
            return values;
        }
        var latest = pins.GroupBy(p => p.Attribute, StringComparer.Ordinal)
            .Select(g =>
                g.OrderByDescending(p => p.PinnedAt)
                    .ThenBy(p => p.PinnedBy, StringComparer.Ordinal)
                    .ThenBy(p => p.Value.GetRawText(), StringComparer.Ordinal)
                    .First()
            );
        var attributes = new SortedDictionary<string, JsonElement>(
            values.Attributes.ToDictionary(StringComparer.Ordinal),
            StringComparer.Ordinal
        );
        var result = values;
        foreach (var pin in latest)
        {
            try
            {
                result = Pinned(result, attributes, pin);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
            {
                throw new ArgumentException(
                    $"The pin on '{pin.Attribute}' by {pin.PinnedBy} does not hold a value of that attribute "
                        + $"({e.Message}); pins are checked with Pin.Validate before they are stored.",
                    nameof(pins),
                    e
                );
            }
            lineage[pin.Attribute] = new Lineage(Pin.StewardSystem, pin.PinnedBy, Survivorship.StewardPin);
            if (pin.Attribute == SurvivorshipRules.Name)
            {
                // The pinned name is whole, prefix included: no source record's prefix is left in it.
                lineage.Remove(SurvivorshipRules.NamePrefix);
            }
        }
        return result with { Attributes = new Dictionary<string, JsonElement>(attributes, StringComparer.Ordinal) };
    }

    private static GoldenValues Pinned(GoldenValues values, SortedDictionary<string, JsonElement> attributes, Pin pin)
    {
        switch (pin.Attribute)
        {
            case SurvivorshipRules.Name:
                return values with { Name = pin.Value.Deserialize<PersonName>(SourceRecordJson.Options) };
            case SurvivorshipRules.BirthDate:
                return values with
                {
                    BirthDate = DateOnly.ParseExact(pin.Value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                };
            case SurvivorshipRules.Gender:
                return values with { Gender = SurvivorshipStrategies.Blank(pin.Value.GetString()) };
            case var attribute when attribute.StartsWith(SurvivorshipRules.AttributePrefix, StringComparison.Ordinal):
                attributes[attribute[SurvivorshipRules.AttributePrefix.Length..]] = pin.Value.Clone();
                return values;
            default:
                throw new InvalidOperationException($"'{pin.Attribute}' cannot be pinned.");
        }
    }
}
