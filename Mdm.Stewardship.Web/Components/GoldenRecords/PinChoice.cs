using System.Text.Json;
using Mdm.Core.GoldenRecords;
using Mdm.Core.SourceRecords;

namespace Mdm.Stewardship.Web.Components.GoldenRecords;

/// <summary>A value a source record holds for a pinnable attribute, in the JSON shape a pin takes.</summary>
public sealed record PinChoice(string Text, string Json, string From)
{
    /// <summary>The distinct values the golden record's source records hold for <paramref name="attribute"/>.</summary>
    public static IReadOnlyList<PinChoice> For(string attribute, IEnumerable<GoldenSourceRecord> sources) =>
        sources
            .Select(s => (Value: ValueOf(attribute, s.Payload), From: ValueText.Source(s.SourceSystem, s.SourceId)))
            .Where(v => v.Value is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) })
            .Select(v => new PinChoice(Describe(attribute, v.Value!.Value), v.Value.Value.GetRawText(), v.From))
            .GroupBy(c => c.Json, StringComparer.Ordinal)
            .Select(g => g.First() with { From = string.Join(", ", g.Select(c => c.From)) })
            .ToList();

    /// <summary>A typed value as JSON: a name from its given and family parts, anything else as a string.</summary>
    public static string Typed(string attribute, string? value, string? family) =>
        attribute == SurvivorshipRules.Name
            ? JsonSerializer.Serialize(
                new PersonName { Given = Blank(value), Family = Blank(family) },
                SourceRecordJson.Options
            )
            : JsonSerializer.Serialize(value?.Trim() ?? "");

    private static JsonElement? ValueOf(string attribute, SourceRecordPayload payload) =>
        attribute switch
        {
            SurvivorshipRules.Name when payload.Name is { IsEmpty: false } name => Serialize(name),
            SurvivorshipRules.BirthDate when payload.BirthDate is { } date => Serialize(ValueText.Date(date)),
            SurvivorshipRules.Gender when payload.Gender is { } gender => Serialize(gender),
            _ when attribute.StartsWith(SurvivorshipRules.AttributePrefix, StringComparison.Ordinal) =>
                payload.Attributes?.GetValueOrDefault(attribute[SurvivorshipRules.AttributePrefix.Length..]),
            _ => null,
        };

    private static string Describe(string attribute, JsonElement value) =>
        attribute == SurvivorshipRules.Name
            ? ValueText.Name(value.Deserialize<PersonName>(SourceRecordJson.Options))
            : ValueText.Json(value);

    private static JsonElement Serialize<T>(T value) =>
        JsonSerializer.SerializeToElement(value, SourceRecordJson.Options);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
