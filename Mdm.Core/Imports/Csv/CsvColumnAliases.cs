using System.Text.Json;

namespace Mdm.Core.Imports.Csv;

/// <summary>
/// The other names a source system's CSV files may give the canonical columns, from the embedded
/// <c>csv-column-aliases.json</c>; checked when loaded, so a wrong entry stops the host at start.
/// </summary>
public sealed class CsvColumnAliases
{
    private const string AnySystem = "*";
    private const string ResourceName = "Mdm.Core.Imports.Csv.csv-column-aliases.json";
    private readonly Dictionary<string, Dictionary<string, string>> _bySystem;

    private CsvColumnAliases(Dictionary<string, Dictionary<string, string>> bySystem) => _bySystem = bySystem;

    public static CsvColumnAliases Embedded { get; } = Load();

    /// <summary>The canonical column a header names for a source system (case-insensitive), or null.</summary>
    public string? Resolve(string sourceSystem, string header)
    {
        if (CsvColumns.Find(header) is not null)
        {
            return header;
        }
        foreach (var system in new[] { sourceSystem, AnySystem })
        {
            if (_bySystem.TryGetValue(system, out var aliases) && aliases.TryGetValue(header, out var canonical))
            {
                return canonical;
            }
        }
        return null;
    }

    private static CsvColumnAliases Load()
    {
        using var stream =
            typeof(CsvColumnAliases).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var document = JsonDocument.Parse(stream);
        var bySystem = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var system in document.RootElement.EnumerateObject().Where(p => !p.Name.StartsWith('$')))
        {
            var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var alias in system.Value.EnumerateObject())
            {
                var canonical = alias.Value.GetString() ?? "";
                aliases[alias.Name] = CsvColumns.Find(canonical) is null
                    ? throw new InvalidOperationException(
                        $"{ResourceName}: '{system.Name}.{alias.Name}' names no canonical column ('{canonical}')."
                    )
                    : canonical;
            }
            bySystem[system.Name] = aliases;
        }
        return new CsvColumnAliases(bySystem);
    }
}
