using System.Buffers;
using System.Text.Json;

namespace Mdm.Core.Imports.Csv;

/// <summary>Turns the rows of one CSV file into canonical source-record JSON, by the columns its header names.</summary>
internal sealed class CsvRecordMapper
{
    private static readonly string[] Lists = ["emails", "phones", "addresses"];
    private static readonly HashSet<string> Qualifiers = ["type", "country"];
    private readonly string _sourceSystem;
    private readonly CsvTarget[] _targets;

    private CsvRecordMapper(string sourceSystem, CsvTarget[] targets) =>
        (_sourceSystem, _targets) = (sourceSystem, targets);

    /// <summary>The mapper for a header row, or the problem with the header (column names only, no data).</summary>
    public static (CsvRecordMapper? Mapper, string? Problem) FromHeader(
        CsvRow header,
        string sourceSystem,
        CsvColumnAliases aliases
    )
    {
        if (header.Problem is not null)
        {
            return (null, $"The header row is unreadable: {header.Problem}");
        }
        var names = header.Fields.Select(f => f.Trim()).ToArray();
        var canonical = names.Select(n => aliases.Resolve(sourceSystem, n)).ToArray();
        // Positions, not names: a file without a header would otherwise put its first customer in the error.
        var unknown = Enumerable.Range(1, names.Length).Where(n => canonical[n - 1] is null).ToArray();
        if (unknown.Length > 0)
        {
            return (
                null,
                $"The header row names unknown columns (column {string.Join(", ", unknown)}); "
                    + "docs/imports.md lists the column names and aliases."
            );
        }
        var repeated = canonical.GroupBy(c => c, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1);
        if (repeated.Select(g => g.Key).FirstOrDefault() is { } twice)
        {
            return (null, $"More than one column is mapped to {twice}.");
        }
        if (!canonical.Contains("sourceId", StringComparer.OrdinalIgnoreCase))
        {
            return (null, "The header has no sourceId column (nor an alias of it).");
        }
        return (new CsvRecordMapper(sourceSystem, [.. canonical.Select(c => CsvColumns.Find(c!)!)]), null);
    }

    /// <summary>The row as canonical JSON; null with a problem when its field count differs from the header's.</summary>
    public (JsonDocument? Json, string? Problem) Map(CsvRow row)
    {
        if (row.Fields.Count != _targets.Length)
        {
            return (null, $"The row has {row.Fields.Count} fields; the header has {_targets.Length}.");
        }
        var values = _targets
            .Select((target, i) => (Target: target, Value: row.Fields[i].Trim()))
            .Where(v => v.Value.Length > 0)
            .ToList();
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("sourceSystem", _sourceSystem);
            WriteFields(json, values.Where(v => v.Target.Group.Length == 0));
            WriteObject(json, "name", values.Where(v => v.Target.Group == "name"));
            foreach (var list in Lists)
            {
                WriteList(json, list, values.Where(v => v.Target.Group == list));
            }
            WriteObject(json, "attributes", values.Where(v => v.Target.Group == "attributes"));
            json.WriteEndObject();
        }
        return (JsonDocument.Parse(buffer.WrittenMemory), null);
    }

    private static void WriteList(
        Utf8JsonWriter json,
        string name,
        IEnumerable<(CsvTarget Target, string Value)> values
    )
    {
        // An item is written only when it holds more than a type or a country: a default column alone is no value.
        var items = values
            .GroupBy(v => v.Target.Item)
            .Where(item => item.Any(v => !Qualifiers.Contains(v.Target.Field)))
            .OrderBy(item => item.Key)
            .ToList();
        if (items.Count == 0)
        {
            return;
        }
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            WriteFields(json, item);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteObject(
        Utf8JsonWriter json,
        string name,
        IEnumerable<(CsvTarget Target, string Value)> values
    )
    {
        var fields = values.ToList();
        if (fields.Count > 0)
        {
            json.WriteStartObject(name);
            WriteFields(json, fields);
            json.WriteEndObject();
        }
    }

    private static void WriteFields(Utf8JsonWriter json, IEnumerable<(CsvTarget Target, string Value)> values)
    {
        foreach (var (target, value) in values)
        {
            json.WriteString(target.Field, value);
        }
    }
}
