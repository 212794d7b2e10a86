using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mdm.Core.SourceRecords;

/// <summary>Date and timestamp rules: real calendar dates only, timestamps with a zone, nothing from the future.</summary>
internal sealed partial class JsonFieldRules
{
    public void Date(JsonElement parent, string name, string path, DateOnly earliest)
    {
        var text = String(parent, name, path);
        if (text is null)
        {
            return;
        }
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (
            !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        )
        {
            Add(Join(path, name), "Must be a real date written yyyy-MM-dd.");
        }
        else if (date < earliest || date > today)
        {
            Add(Join(path, name), $"Must be between {earliest:yyyy-MM-dd} and today.");
        }
    }

    public void Timestamp(JsonElement parent, string name, string path, bool required = false)
    {
        var text = String(parent, name, path, required);
        if (text is null)
        {
            return;
        }
        if (
            !IsoTimestamp().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
        )
        {
            Add(Join(path, name), "Must be a real ISO 8601 timestamp with a time zone, e.g. 2026-03-01T10:00:00Z.");
        }
        else if (at > time.GetUtcNow().AddDays(1))
        {
            Add(Join(path, name), "Must not be in the future.");
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex IsoTimestamp();
}
