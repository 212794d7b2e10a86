namespace Mdm.Core.Imports;

/// <summary>The file formats an import reads (docs/imports.md).</summary>
public static class ImportFormat
{
    /// <summary>RFC 4180 CSV with a header row naming the columns.</summary>
    public const string Csv = "csv";

    /// <summary>JSON lines: one source record (contract §3 shape) per line.</summary>
    public const string JsonLines = "jsonl";

    /// <summary>
    /// The format named explicitly (<c>csv</c> or <c>jsonl</c>), else the one the file name's extension says:
    /// <c>.csv</c>, or <c>.jsonl</c>, <c>.ndjson</c> and <c>.json</c>. Null when neither tells.
    /// </summary>
    public static string? Resolve(string fileName, string? explicitFormat)
    {
        if (!string.IsNullOrWhiteSpace(explicitFormat))
        {
            return explicitFormat.Trim().ToLowerInvariant() switch
            {
                Csv => Csv,
                JsonLines or "ndjson" or "json" => JsonLines,
                _ => null,
            };
        }
        return Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" => Csv,
            ".jsonl" or ".ndjson" or ".json" => JsonLines,
            _ => null,
        };
    }
}
