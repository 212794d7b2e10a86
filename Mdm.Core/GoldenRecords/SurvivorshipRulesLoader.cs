using System.Text.Json;

namespace Mdm.Core.GoldenRecords;

/// <summary>
/// Reads and validates a survivorship rules file (JSON; <c>//</c> comments and trailing commas allowed):
/// <code>
/// {
///   "version": "2026-03-01.1",
///   "rules": {
///     "name": { "strategy": "most-recent" },
///     "attributes.erpAccount": { "strategy": "source-priority", "sources": ["erp"], "fallback": "most-recent" },
///     "emails": { "strategy": "aggregate" }
///   }
/// }
/// </code>
/// Every problem in the file is reported at once in a <see cref="SurvivorshipRulesException"/>.
/// </summary>
public static class SurvivorshipRulesLoader
{
    /// <summary>The name under which the shipped file is reported in messages.</summary>
    public const string ShippedFileName = "survivorship-rules.json (shipped with Mdm.Core)";

    private const string ShippedResource = "Mdm.Core.GoldenRecords.survivorship-rules.json";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads the file at <paramref name="path"/>; the shipped rules when it is null or blank.</summary>
    public static SurvivorshipRules Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return LoadShipped();
        }
        if (!File.Exists(path))
        {
            throw new SurvivorshipRulesException(path, ["No such file (Survivorship__RulesPath)."]);
        }
        try
        {
            return Parse(File.ReadAllText(path), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SurvivorshipRulesException(path, [$"Cannot be read: {e.Message}"]);
        }
    }

    /// <summary>The rules shipped with Mdm.Core (embedded <c>GoldenRecords/survivorship-rules.json</c>).</summary>
    public static SurvivorshipRules LoadShipped()
    {
        using var stream =
            typeof(SurvivorshipRulesLoader).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException($"Mdm.Core was built without {ShippedResource}.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), ShippedFileName);
    }

    /// <summary>Parses and validates rules; <paramref name="fileName"/> only names the source in messages.</summary>
    public static SurvivorshipRules Parse(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new SurvivorshipRulesException(fileName, [$"Not valid JSON: {e.Message}"]);
        }
        using (document)
        {
            var problems = new List<string>();
            var rules = Read(document.RootElement, problems);
            return problems.Count == 0 ? rules! : throw new SurvivorshipRulesException(fileName, problems);
        }
    }

    private static SurvivorshipRules? Read(JsonElement root, List<string> problems)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add("""The file must hold one object with "version" and "rules".""");
            return null;
        }
        string? version = null;
        var rules = new Dictionary<string, SurvivorshipRule>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in root.EnumerateObject())
        {
            if (!seen.Add(field.Name))
            {
                problems.Add($"'{field.Name}' appears more than once.");
            }
            else if (field.Name == "version")
            {
                version = field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString()!.Trim() : null;
                if (string.IsNullOrEmpty(version))
                {
                    problems.Add("""'version' must be a non-empty string, e.g. "2026-03-01.1".""");
                }
            }
            else if (field.Name == "rules" && field.Value.ValueKind == JsonValueKind.Object)
            {
                ReadRules(field.Value, rules, problems);
            }
            else if (field.Name == "rules")
            {
                problems.Add(
                    """'rules' must be an object of attribute → rule, e.g. {"name": {"strategy": "most-recent"}}."""
                );
            }
            else
            {
                problems.Add($"Unknown field '{field.Name}': a rules file has only 'version' and 'rules'.");
            }
        }
        if (!seen.Contains("version"))
        {
            problems.Add("""'version' is missing: name this rule set, e.g. "version": "2026-03-01.1".""");
        }
        if (!seen.Contains("rules"))
        {
            problems.Add("'rules' is missing.");
        }
        return new SurvivorshipRules { Version = version ?? "", Rules = rules };
    }

    private static void ReadRules(
        JsonElement element,
        Dictionary<string, SurvivorshipRule> rules,
        List<string> problems
    )
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in element.EnumerateObject())
        {
            var before = problems.Count;
            if (!seen.Add(entry.Name))
            {
                problems.Add($"Attribute '{entry.Name}': has more than one rule.");
                continue;
            }
            var rule = SurvivorshipRuleReader.Read(entry.Name, entry.Value, problems);
            if (problems.Count == before)
            {
                rules[entry.Name] = rule!;
            }
        }
    }
}
