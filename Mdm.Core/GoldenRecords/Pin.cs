using System.Text.Json;
using Mdm.Core.SourceRecords;

namespace Mdm.Core.GoldenRecords;

/// <summary>
/// A steward's value for one golden attribute. It replaces whatever survivorship picks, at every recomputation, until
/// the steward unpins it; the source records keep their own values. Its lineage is
/// <c>{sourceSystem: "steward", sourceId: PinnedBy, rule: "steward-pin"}</c>.
/// </summary>
/// <param name="Attribute"><c>name</c>, <c>birthDate</c>, <c>gender</c> or <c>attributes.&lt;key&gt;</c>.</param>
/// <param name="Value">The value in its source-record JSON shape: a name object, a <c>yyyy-MM-dd</c> string, a string, or
/// an attribute's string, number or boolean.</param>
/// <param name="PinnedBy">The steward (actor name), shown as the lineage's source id.</param>
/// <param name="PinnedAt">When several pins name one attribute, the latest wins.</param>
public sealed record Pin(string Attribute, JsonElement Value, string PinnedBy, DateTimeOffset PinnedAt)
{
    /// <summary>The lineage source system of a pinned value.</summary>
    public const string StewardSystem = "steward";

    /// <summary>True for the attributes a steward may pin.</summary>
    public static bool IsPinnable(string attribute) =>
        attribute is SurvivorshipRules.Name or SurvivorshipRules.BirthDate or SurvivorshipRules.Gender
        || attribute.StartsWith(SurvivorshipRules.AttributePrefix, StringComparison.Ordinal);

    /// <summary>
    /// Checks that <paramref name="value"/> is something a source record could send for <paramref name="attribute"/>
    /// (the same rules as ingest) and is not empty.
    /// </summary>
    /// <returns>Null when the pin is acceptable, else a message for a 400 problem.</returns>
    public static string? Validate(string attribute, JsonElement value, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        if (!IsPinnable(attribute))
        {
            return $"'{attribute}' cannot be pinned: only name, birthDate, gender and attributes.<key> can.";
        }
        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return $"{attribute}: A pinned value is required; unpin to go back to the survivorship rules.";
        }
        using var record = AsSourceRecord(attribute, value);
        var errors = new SourceRecordValidator(time).Validate(record.RootElement, identityInPath: true);
        if (errors.Count > 0)
        {
            return string.Join(
                " ",
                errors.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")
            );
        }
        var empty = attribute switch
        {
            SurvivorshipRules.Name => value.Deserialize<PersonName>(SourceRecordJson.Options)!.IsEmpty,
            SurvivorshipRules.Gender => string.IsNullOrWhiteSpace(value.GetString()),
            _ => !SurvivorshipStrategies.HasValue(value),
        };
        return empty
            ? attribute == SurvivorshipRules.Name
                ? "name: A pinned name needs a full, given, middle or family name."
                : $"{attribute}: A pinned value must not be empty; unpin to go back to the survivorship rules."
            : null;
    }

    // The pinned value inside an otherwise empty source record, so ingest's validator judges it.
    private static JsonDocument AsSourceRecord(string attribute, JsonElement value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (attribute.StartsWith(SurvivorshipRules.AttributePrefix, StringComparison.Ordinal))
            {
                writer.WriteStartObject("attributes");
                writer.WritePropertyName(attribute[SurvivorshipRules.AttributePrefix.Length..]);
                value.WriteTo(writer);
                writer.WriteEndObject();
            }
            else
            {
                writer.WritePropertyName(attribute);
                value.WriteTo(writer);
            }
            writer.WriteEndObject();
        }
        return JsonDocument.Parse(buffer.ToArray());
    }
}
