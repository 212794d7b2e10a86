using System.Globalization;

namespace Mdm.Evaluation.Datasets;

internal static class FieldParsing
{
    public static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A date in <paramref name="format"/>, or null when empty or not a real date (benchmarks corrupt some).</summary>
    public static DateOnly? Date(string? value, string format) =>
        DateOnly.TryParseExact(value?.Trim(), format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>The non-empty values joined by a space, or null when none is left.</summary>
    public static string? Join(params string?[] parts)
    {
        var present = parts.Select(NullIfEmpty).OfType<string>().ToList();
        return present.Count == 0 ? null : string.Join(' ', present);
    }

    /// <summary>The data lines of a simple CSV file (no quoting), split on commas and trimmed, header checked.</summary>
    public static IEnumerable<string[]> CsvRows(string path, string expectedHeader)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine();
        if (!string.Equals(Normalize(header), Normalize(expectedHeader), StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path}: unexpected header '{header}'.");
        }
        var width = expectedHeader.Split(',').Length;
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }
            var fields = line.Split(',').Select(f => f.Trim()).ToArray();
            if (fields.Length != width)
            {
                throw new InvalidDataException($"{path}: {fields.Length} fields instead of {width} in '{line}'.");
            }
            yield return fields;
        }
    }

    private static string Normalize(string? header) =>
        string.Join(',', (header ?? "").Split(',').Select(h => h.Trim()));
}
