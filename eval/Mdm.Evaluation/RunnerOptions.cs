using Mdm.Evaluation.Datasets;

namespace Mdm.Evaluation;

/// <summary>Command-line options of the runner.</summary>
/// <param name="Datasets">Dataset names, in report order.</param>
/// <param name="MarkdownPath">Where to write the Markdown section, or null.</param>
internal sealed record RunnerOptions(IReadOnlyList<string> Datasets, string? MarkdownPath)
{
    public static string Usage =>
        "Usage: dotnet run --project eval/Mdm.Evaluation -- [--datasets all|name,name,...] [--markdown path]\n"
        + "Datasets: "
        + string.Join(", ", DatasetCatalog.Names);

    /// <returns>The options, or null with <paramref name="error"/> set.</returns>
    public static RunnerOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        IReadOnlyList<string> datasets = DatasetCatalog.Names;
        string? markdown = null;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--datasets" when value is not null:
                    datasets = string.Equals(value, "all", StringComparison.OrdinalIgnoreCase)
                        ? DatasetCatalog.Names
                        : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    i++;
                    break;
                case "--markdown" when value is not null:
                    markdown = value;
                    i++;
                    break;
                default:
                    error =
                        value is null && args[i].StartsWith("--", StringComparison.Ordinal)
                            ? $"'{args[i]}' needs a value."
                            : $"Unexpected argument '{args[i]}'.";
                    return null;
            }
        }
        var unknown = datasets.Where(d => !DatasetCatalog.Names.Contains(d, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            error = $"Unknown dataset(s): {string.Join(", ", unknown)}.";
            return null;
        }
        return new RunnerOptions(datasets, markdown);
    }
}
