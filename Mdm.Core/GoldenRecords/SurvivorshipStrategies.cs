using System.Globalization;
using System.Text.Json;
using Mdm.Core.SourceRecords;
using Mdm.Matching.Normalization;

namespace Mdm.Core.GoldenRecords;

/// <summary>One source record's non-empty value of an attribute; <see cref="Rank"/> 0 is the most recent source record.</summary>
internal readonly record struct Candidate<T>(T Value, SourceRecordPayload Source, int Rank);

/// <summary>What the strategies need to know about a kind of value: its normalized form and how complete it is.</summary>
internal sealed record ValueTraits<T>(Func<T, string> Key, Func<T, (int Parts, int Length)> Completeness);

/// <summary>
/// The single-value strategies. Candidates arrive most recent first (rank already ends in source system and id), so
/// "first" is the final tie-break of every strategy and the result never depends on input order.
/// </summary>
internal static class SurvivorshipStrategies
{
    public static readonly ValueTraits<string> Text = new(t => TextFolding.Fold(t) ?? t, t => (1, t.Length));

    // Every date is equally complete: most-complete on a date comes down to the most recent.
    public static readonly ValueTraits<DateOnly> Date = new(
        d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => (1, 0)
    );

    public static readonly ValueTraits<PersonName> Name = new(NameKey, NameCompleteness);

    public static readonly ValueTraits<JsonElement> Json = new(JsonKey, JsonCompleteness);

    /// <summary>The winner and the rule that chose it (the fallback's name when no priority source had a value).</summary>
    public static (Candidate<T> Winner, string Rule)? Pick<T>(
        IReadOnlyList<Candidate<T>> candidates,
        SurvivorshipRule rule,
        ValueTraits<T> traits
    )
    {
        if (candidates.Count == 0)
        {
            return null;
        }
        if (rule.Strategy != Survivorship.SourcePriority)
        {
            return (Apply(rule.Strategy, candidates, traits), rule.Strategy);
        }
        foreach (var system in rule.Sources)
        {
            foreach (var candidate in candidates)
            {
                if (string.Equals(candidate.Source.SourceSystem, system, StringComparison.Ordinal))
                {
                    return (candidate, Survivorship.SourcePriority);
                }
            }
        }
        return (Apply(rule.Fallback, candidates, traits), rule.Fallback);
    }

    private static Candidate<T> Apply<T>(
        string strategy,
        IReadOnlyList<Candidate<T>> candidates,
        ValueTraits<T> traits
    ) =>
        strategy switch
        {
            Survivorship.MostRecent => candidates[0],
            // GroupBy keeps first-appearance order, so equal counts go to the group holding the most recent value,
            // and each group's first member is its most recent spelling.
            Survivorship.MostFrequent => candidates
                .GroupBy(c => traits.Key(c.Value), StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .First()
                .First(),
            Survivorship.MostComplete => candidates
                .OrderByDescending(c => traits.Completeness(c.Value).Parts)
                .ThenByDescending(c => traits.Completeness(c.Value).Length)
                .ThenBy(c => c.Rank)
                .First(),
            _ => throw new ArgumentException(
                $"Strategy '{strategy}' does not pick a single value; rules are validated by SurvivorshipRulesLoader.",
                nameof(strategy)
            ),
        };

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>An attribute value that counts: not null and not a blank string.</summary>
    public static bool HasValue(JsonElement value) =>
        value.ValueKind != JsonValueKind.Null
        && !(value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length == 0);

    private static string NameKey(PersonName name)
    {
        var parts = string.Join(
            ' ',
            new[] { name.Given, name.Middle, name.Family, name.Suffix }.Select(Blank).OfType<string>()
        );
        return TextFolding.Fold(parts.Length > 0 ? parts : name.Full) ?? "";
    }

    private static (int, int) NameCompleteness(PersonName name)
    {
        var parts = new[] { name.Full, name.Prefix, name.Given, name.Middle, name.Family, name.Suffix }
            .Select(Blank)
            .OfType<string>()
            .ToList();
        return (parts.Count, parts.Sum(p => p.Length));
    }

    private static string JsonKey(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
            ? TextFolding.Fold(value.GetString()) ?? value.GetString()!.Trim()
            : value.GetRawText();

    private static (int, int) JsonCompleteness(JsonElement value) =>
        (1, value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim().Length : value.GetRawText().Length);
}
