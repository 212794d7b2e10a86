using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mdm.Matching.Scoring;

/// <summary>
/// The trained Fellegi–Sunter parameters: per comparison and level the probability of that agreement among true
/// matches (m) and among non-matches (u), and the prior probability that two random records match.
/// Produced by the training command, saved as a versioned JSON file and loaded at start.
/// </summary>
public sealed record ModelParameters
{
    /// <summary>Format version of the file; bumped when its meaning changes.</summary>
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;

    /// <summary>A human-readable version of this parameter set (e.g. <c>2026-11-23.samples</c>).</summary>
    public required string Version { get; init; }

    /// <summary>What the parameters were estimated from, and how.</summary>
    public string? TrainedOn { get; init; }

    /// <summary>Probability that two records drawn at random are the same person (the prior of every score).</summary>
    public required double Prior { get; init; }

    /// <summary>m and u per level, keyed by <see cref="Comparison.Attribute"/>.</summary>
    public required IReadOnlyDictionary<string, LevelProbabilities> Comparisons { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads and checks a parameter file against the comparisons in use; throws with a clear message when they disagree.</summary>
    public static ModelParameters FromJson(string json, IReadOnlyList<Comparison> comparisons)
    {
        var parameters =
            JsonSerializer.Deserialize<ModelParameters>(json, Json)
            ?? throw new InvalidDataException("Empty match model file.");
        if (parameters.Format != CurrentFormat)
        {
            throw new InvalidDataException($"Match model format {parameters.Format} is not {CurrentFormat}.");
        }
        foreach (var comparison in comparisons)
        {
            if (
                !parameters.Comparisons.TryGetValue(comparison.Attribute, out var levels)
                || levels.M.Count != comparison.Levels.Count
                || levels.U.Count != comparison.Levels.Count
            )
            {
                throw new InvalidDataException(
                    $"Match model {parameters.Version} has no parameters for '{comparison.Attribute}' with {comparison.Levels.Count} levels."
                );
            }
        }
        return parameters;
    }
}

/// <summary>m and u per level (same order as <see cref="Comparison.Levels"/>).</summary>
public sealed record LevelProbabilities(IReadOnlyList<double> M, IReadOnlyList<double> U)
{
    /// <summary>log2(m/u): the evidence for a match that this level carries, in bits.</summary>
    public double Weight(int level) => Math.Log2(M[level] / U[level]);
}
