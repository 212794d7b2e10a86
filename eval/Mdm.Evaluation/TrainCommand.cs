using System.Globalization;
using Mdm.Evaluation.Datasets;
using Mdm.Matching.Normalization;
using Mdm.Matching.Scoring;

namespace Mdm.Evaluation;

/// <summary>
/// <c>train DATASET OUT [VERSION]</c>: estimates the match model from a dataset without using its labels and writes the
/// versioned parameter file the hub loads (<c>Matching__ModelPath</c>, or the engine's embedded default).
/// </summary>
internal static class TrainCommand
{
    public static async Task<int> RunAsync(string datasetName, string outputPath, string? version)
    {
        var dataset = DatasetCatalog.Load(datasetName);
        var records = dataset.Records.Select(PersonNormalizer.Normalize).ToList();
        var parameters = ResolverFactory.Train(
            records,
            version ?? DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "." + datasetName
        );
        await File.WriteAllTextAsync(outputPath, parameters.ToJson() + Environment.NewLine);
        Console.WriteLine(Describe(parameters));
        Console.WriteLine($"Wrote {outputPath}");
        return 0;
    }

    /// <summary>The weight of every level in bits: what a reader checks first when a model misbehaves.</summary>
    public static string Describe(ModelParameters parameters)
    {
        var lines = new List<string> { string.Create(CultureInfo.InvariantCulture, $"Prior {parameters.Prior:F4}") };
        foreach (var comparison in MatchModel.Comparisons)
        {
            var probabilities = parameters.Comparisons[comparison.Attribute];
            var levels = comparison.Levels.Select(
                (name, level) =>
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{name} {probabilities.Weight(level):+0.0;-0.0} (m {probabilities.M[level]:F3}, u {probabilities.U[level]:F5})"
                    )
            );
            lines.Add($"  {comparison.Attribute}: {string.Join(" | ", levels)}");
        }
        return string.Join(Environment.NewLine, lines);
    }
}
