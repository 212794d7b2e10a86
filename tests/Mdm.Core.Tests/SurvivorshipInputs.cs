using System.Text.Json;
using Mdm.Core.GoldenRecords;
using Mdm.Core.SourceRecords;

namespace Mdm.Core.Tests;

/// <summary>Builders the survivorship tests share: a bare payload and its input as survivorship sees it.</summary>
internal static class SurvivorshipInputs
{
    public static readonly DateTimeOffset March = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    public static SourceRecordPayload Payload(string system, string id, DateTimeOffset? updatedAt) =>
        new()
        {
            SourceSystem = system,
            SourceId = id,
            SourceUpdatedAt = updatedAt,
        };

    public static SurvivorshipInput Input(SourceRecordPayload payload, DateTimeOffset? receivedAt = null) =>
        new(receivedAt ?? March, payload);

    /// <summary>A rule set holding only <paramref name="rules"/>, the body of the file's <c>rules</c> object.</summary>
    public static SurvivorshipRules Rules(string rules) =>
        SurvivorshipRulesLoader.Parse($$$"""{"version":"test","rules":{{{{rules}}}}}""", "test-rules.json");

    public static Dictionary<string, JsonElement> Attributes(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;

    public static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static IEnumerable<T[]> Permutations<T>(T[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }
        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }
}
