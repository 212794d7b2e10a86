using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mdm.Core.SourceRecords;

/// <summary>
/// Collects every problem of a JSON document by path (<c>emails[1].address</c>) instead of stopping at the first,
/// so a caller can fix a record in one go.
/// </summary>
internal sealed partial class JsonFieldRules(TimeProvider time)
{
    public const int MaxString = 200;
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public void Add(string path, string message)
    {
        if (!_errors.TryGetValue(path, out var list))
        {
            _errors[path] = list = [];
        }
        list.Add(message);
    }

    /// <summary>Checks the value is an object with only the allowed fields; false when it is not an object.</summary>
    public bool Object(JsonElement value, string path, IReadOnlySet<string> allowed)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            Add(path, "Must be an object.");
            return false;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (!allowed.Contains(property.Name))
            {
                Add(Join(path, property.Name), "Unknown field.");
            }
            else if (!seen.Add(property.Name))
            {
                Add(Join(path, property.Name), "Appears more than once.");
            }
        }
        return true;
    }

    /// <summary>Checks an optional array's type and length; yields its items with their paths.</summary>
    public IEnumerable<(JsonElement Item, string Path)> Array(
        JsonElement parent,
        string name,
        string path,
        int maxItems
    )
    {
        if (!Present(parent, name, out var value))
        {
            yield break;
        }
        var at = Join(path, name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            Add(at, "Must be an array.");
            yield break;
        }
        if (value.GetArrayLength() > maxItems)
        {
            Add(at, $"At most {maxItems} items are allowed.");
            yield break;
        }
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            yield return (item, $"{at}[{index++}]");
        }
    }

    public string? String(JsonElement parent, string name, string path, bool required = false, int max = MaxString)
    {
        var at = Join(path, name);
        if (!Present(parent, name, out var value))
        {
            if (required)
            {
                Add(at, "Is required.");
            }
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            Add(at, "Must be a string.");
            return null;
        }
        if (!TryGetText(value, out var text))
        {
            Add(at, "Must be valid Unicode text.");
            return null;
        }
        if (text.Length > max)
        {
            Add(at, $"Must be at most {max} characters.");
            return null;
        }
        if (required && string.IsNullOrWhiteSpace(text))
        {
            Add(at, "Must not be empty.");
            return null;
        }
        return text;
    }

    public void Pattern(
        JsonElement parent,
        string name,
        string path,
        Regex pattern,
        string rule,
        bool required = false,
        int max = MaxString
    )
    {
        var text = String(parent, name, path, required, max);
        if (text is not null && text.Length > 0 && !pattern.IsMatch(text))
        {
            Add(Join(path, name), rule);
        }
    }

    public void OneOf(JsonElement parent, string name, string path, IReadOnlySet<string> values, bool required = false)
    {
        var text = String(parent, name, path, required);
        if (text is not null && !values.Contains(text))
        {
            Add(Join(path, name), $"Must be one of: {string.Join(", ", values.Order(StringComparer.Ordinal))}.");
        }
    }

    /// <summary>Reads a JSON string; false for escapes that are not valid UTF-16 (a lone surrogate such as \\ud800).</summary>
    public static bool TryGetText(JsonElement value, out string text)
    {
        try
        {
            text = value.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = "";
            return false;
        }
    }

    /// <summary>True when the field exists and is not null (null means absent for optional fields).</summary>
    public static bool Present(JsonElement parent, string name, out JsonElement value) =>
        parent.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    public static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
