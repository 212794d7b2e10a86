using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mdm.Core.SourceRecords;

/// <summary>Attribute rules, identity from a URL and the patterns every rule shares.</summary>
public sealed partial class SourceRecordValidator
{
    private static void ValidateAttributes(JsonFieldRules rules, JsonElement root)
    {
        if (!JsonFieldRules.Present(root, "attributes", out var attributes))
        {
            return;
        }
        if (attributes.ValueKind != JsonValueKind.Object)
        {
            rules.Add("attributes", "Must be an object.");
            return;
        }
        var properties = attributes.EnumerateObject().ToList();
        if (properties.Count > MaxAttributes)
        {
            rules.Add("attributes", $"At most {MaxAttributes} attributes are allowed.");
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            var path = $"attributes.{property.Name}";
            if (!AttributeName().IsMatch(property.Name))
            {
                rules.Add(path, "Attribute names are 1-64 letters, digits or '_'.");
            }
            else if (!seen.Add(property.Name))
            {
                rules.Add(path, "Appears more than once.");
            }
            else if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                rules.Add(path, "Must be a string, number, boolean or null.");
            }
            else if (property.Value.ValueKind == JsonValueKind.String)
            {
                if (!JsonFieldRules.TryGetText(property.Value, out var text))
                {
                    rules.Add(path, "Must be valid Unicode text.");
                }
                else if (text.Length > JsonFieldRules.MaxString)
                {
                    rules.Add(path, $"Must be at most {JsonFieldRules.MaxString} characters.");
                }
            }
        }
    }

    /// <summary>Checks source-record identity taken from a URL.</summary>
    public static IReadOnlyDictionary<string, string[]> ValidateIdentity(string sourceSystem, string sourceId)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (sourceSystem.Length > 32 || !SystemCode().IsMatch(sourceSystem))
        {
            errors["sourceSystem"] = ["Must be a lower-case code of letters, digits, '-' or '_' (at most 32)."];
        }
        if (sourceId.Length > MaxSourceIdLength || !SourceId().IsMatch(sourceId))
        {
            errors["sourceId"] = ["May contain only letters, digits and . _ : ~ - (at most 128)."];
        }
        return errors;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    internal static partial Regex SystemCode();

    [GeneratedRegex("^[A-Za-z0-9._:~-]+$")]
    private static partial Regex SourceId();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^[0-9+() ./-]*[0-9][0-9+() ./-]*$")]
    private static partial Regex Phone();

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex("^[A-Za-z0-9_]{1,64}$")]
    private static partial Regex AttributeName();
}
