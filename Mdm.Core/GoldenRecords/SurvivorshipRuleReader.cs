using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mdm.Core.GoldenRecords;

/// <summary>Reads one entry of a rules file's <c>rules</c> object, adding a message per problem.</summary>
internal static partial class SurvivorshipRuleReader
{
    private static readonly string[] SingleAttributes =
    [
        SurvivorshipRules.Name,
        SurvivorshipRules.NamePrefix,
        SurvivorshipRules.BirthDate,
        SurvivorshipRules.Gender,
    ];

    private static readonly string[] Strategies =
    [
        Survivorship.SourcePriority,
        Survivorship.MostRecent,
        Survivorship.MostFrequent,
        Survivorship.MostComplete,
        Survivorship.Aggregate,
    ];

    private static readonly string[] Fallbacks =
    [
        Survivorship.MostRecent,
        Survivorship.MostFrequent,
        Survivorship.MostComplete,
    ];

    public static SurvivorshipRule? Read(string attribute, JsonElement element, List<string> problems)
    {
        var at = $"Attribute '{attribute}'";
        if (AttributeProblem(attribute) is { } problem)
        {
            problems.Add($"{at}: {problem}");
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($$"""{{at}}: the rule must be an object, e.g. {"strategy": "most-recent"}.""");
            return null;
        }
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var field in element.EnumerateObject())
        {
            if (field.Name is not ("strategy" or "sources" or "fallback"))
            {
                problems.Add($"{at}: unknown field '{field.Name}' (a rule has 'strategy', 'sources' and 'fallback').");
            }
            else if (!fields.TryAdd(field.Name, field.Value))
            {
                problems.Add($"{at}: '{field.Name}' appears more than once.");
            }
        }
        var strategy = Text(fields, "strategy");
        if (strategy is null || !Strategies.Contains(strategy, StringComparer.Ordinal))
        {
            problems.Add(
                strategy is null
                    ? $"{at}: 'strategy' is missing; use one of {string.Join(", ", Strategies)}."
                    : $"{at}: unknown strategy '{strategy}'; use one of {string.Join(", ", Strategies)}."
            );
            return null;
        }
        var isList = SurvivorshipRules.ListAttributes.Contains(attribute);
        if (isList && strategy != Survivorship.Aggregate)
        {
            problems.Add(
                $"{at}: a list keeps every distinct value, so its strategy must be 'aggregate', not '{strategy}'."
            );
            return null;
        }
        if (!isList && strategy == Survivorship.Aggregate)
        {
            problems.Add(
                $"{at}: 'aggregate' applies only to the list attributes ({string.Join(", ", SurvivorshipRules.ListAttributes.Order(StringComparer.Ordinal))}); '{attribute}' holds one value."
            );
            return null;
        }
        if (strategy != Survivorship.SourcePriority)
        {
            if (fields.ContainsKey("sources") || fields.ContainsKey("fallback"))
            {
                problems.Add($"{at}: 'sources' and 'fallback' belong to 'source-priority' only, not '{strategy}'.");
            }
            return SurvivorshipRule.Of(strategy);
        }
        var sources = Sources(at, fields, problems);
        var fallback = Text(fields, "fallback") ?? Survivorship.MostRecent;
        if (!fields.ContainsKey("fallback") || Fallbacks.Contains(fallback, StringComparer.Ordinal))
        {
            return new SurvivorshipRule(strategy, sources, fallback);
        }
        problems.Add(
            $"{at}: fallback '{fallback}' is not a single-value strategy; use one of {string.Join(", ", Fallbacks)}."
        );
        return null;
    }

    private static List<string> Sources(string at, Dictionary<string, JsonElement> fields, List<string> problems)
    {
        if (
            !fields.TryGetValue("sources", out var element)
            || element.ValueKind != JsonValueKind.Array
            || element.GetArrayLength() == 0
        )
        {
            problems.Add(
                $"{at}: 'source-priority' needs 'sources', a non-empty list of source systems, e.g. [\"erp\"]."
            );
            return [];
        }
        var sources = new List<string>();
        foreach (var (item, index) in element.EnumerateArray().Select((item, index) => (item, index)))
        {
            var code = item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText();
            if (item.ValueKind != JsonValueKind.String || code.Length > 32 || !SystemCode().IsMatch(code))
            {
                problems.Add(
                    $"{at}: sources[{index}] '{code}' is not a source system code (lower-case letters, digits, '-' or '_', at most 32)."
                );
            }
            else if (sources.Contains(code, StringComparer.Ordinal))
            {
                problems.Add($"{at}: sources lists '{code}' more than once.");
            }
            else
            {
                sources.Add(code);
            }
        }
        return sources;
    }

    private static string? AttributeProblem(string attribute)
    {
        if (
            SingleAttributes.Contains(attribute, StringComparer.Ordinal)
            || SurvivorshipRules.ListAttributes.Contains(attribute)
            || attribute == SurvivorshipRules.OtherAttributes
        )
        {
            return null;
        }
        if (attribute.StartsWith(SurvivorshipRules.AttributePrefix, StringComparison.Ordinal))
        {
            return AttributeKey().IsMatch(attribute[SurvivorshipRules.AttributePrefix.Length..])
                ? null
                : "attribute keys are 1-64 letters, digits or '_' (or '*' for every other attribute).";
        }
        if (attribute == "consents")
        {
            return "consents are not configurable: per purpose and channel, the consent captured last always wins.";
        }
        var known = SingleAttributes.Concat(SurvivorshipRules.ListAttributes.Order(StringComparer.Ordinal));
        var near = known.FirstOrDefault(k => string.Equals(k, attribute, StringComparison.OrdinalIgnoreCase));
        return near is not null
            ? $"unknown attribute; did you mean '{near}'?"
            : $"unknown attribute; use one of {string.Join(", ", known)}, attributes.<key> or attributes.*.";
    }

    private static string? Text(Dictionary<string, JsonElement> fields, string name) =>
        fields.TryGetValue(name, out var value)
            ? value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : value.GetRawText()
            : null;

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex SystemCode();

    [GeneratedRegex("^[A-Za-z0-9_]{1,64}$")]
    private static partial Regex AttributeKey();
}
