using System.Text.Json;
using Mdm.Core.SourceRecords;

namespace Mdm.Core.GoldenRecords;

/// <summary>
/// Picks each golden value from a golden record's source records by that attribute's rule in a
/// <see cref="SurvivorshipRules"/> catalogue, then lays steward pins over the result. A pure function: the same source
/// records, rules and pins give the same golden values in any order. Source records are only read, so recomputing
/// with other rules or without a pin brings back whatever they hold.
/// </summary>
public static class Survivorship
{
    public const string SourcePriority = "source-priority";
    public const string MostRecent = "most-recent";
    public const string MostFrequent = "most-frequent";
    public const string MostComplete = "most-complete";
    public const string Aggregate = "aggregate";
    public const string StewardPin = "steward-pin";

    /// <summary>Computes with the shipped rules (<see cref="SurvivorshipRules.Default"/>) and no pins.</summary>
    public static GoldenValues Compute(IReadOnlyList<SurvivorshipInput> sources) =>
        Compute(sources, SurvivorshipRules.Default, []);

    /// <summary>Computes golden values by <paramref name="rules"/>, then applies <paramref name="pins"/>.</summary>
    /// <param name="sources">The golden record's live source records.</param>
    /// <param name="rules">A catalogue that passed <see cref="SurvivorshipRulesLoader"/>.</param>
    /// <param name="pins">Steward pins that passed <see cref="Pin.Validate"/>; the latest per attribute wins.</param>
    /// <param name="directConsents">Consents told for the golden record itself (the consent endpoint).</param>
    public static GoldenValues Compute(
        IReadOnlyList<SurvivorshipInput> sources,
        SurvivorshipRules rules,
        IReadOnlyList<Pin> pins,
        IReadOnlyList<GoldenConsent>? directConsents = null
    )
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(pins);
        var newestFirst = sources
            .OrderByDescending(s => s.Payload.SourceUpdatedAt ?? DateTimeOffset.MinValue)
            .ThenByDescending(s => s.ReceivedAt)
            .ThenBy(s => s.Payload.SourceSystem, StringComparer.Ordinal)
            .ThenBy(s => s.Payload.SourceId, StringComparer.Ordinal)
            .Select(s => s.Payload)
            .ToList();
        var lineage = new Dictionary<string, Lineage>(StringComparer.Ordinal);
        var values = new GoldenValues
        {
            Name = SurviveName(newestFirst, rules, lineage),
            BirthDate = Survive<DateOnly>(
                newestFirst,
                SurvivorshipRules.BirthDate,
                p => p.BirthDate is { } date ? [date] : [],
                SurvivorshipStrategies.Date,
                rules.For(SurvivorshipRules.BirthDate),
                lineage
            )?.Value,
            Gender = Survive<string>(
                newestFirst,
                SurvivorshipRules.Gender,
                p => SurvivorshipStrategies.Blank(p.Gender) is { } gender ? [gender] : [],
                SurvivorshipStrategies.Text,
                rules.For(SurvivorshipRules.Gender),
                lineage
            )?.Value,
            Emails = SurvivorshipLists.Emails(newestFirst, lineage),
            Phones = SurvivorshipLists.Phones(newestFirst, lineage),
            Addresses = SurvivorshipLists.Addresses(newestFirst, lineage),
            LoyaltyIds = SurvivorshipLists.LoyaltyIds(newestFirst, lineage),
            Attributes = SurviveAttributes(newestFirst, rules, lineage),
            Consents = SurvivorshipLists.LatestConsents(newestFirst, directConsents ?? []),
            Sources = newestFirst
                .Select(p => new SourceRef(p.SourceSystem, p.SourceId))
                .OrderBy(s => s.SourceSystem, StringComparer.Ordinal)
                .ThenBy(s => s.SourceId, StringComparer.Ordinal)
                .ToList(),
            Lineage = lineage,
        };
        return SurvivorshipPins.Apply(values, lineage, pins);
    }

    private static PersonName? SurviveName(
        List<SourceRecordPayload> newestFirst,
        SurvivorshipRules rules,
        Dictionary<string, Lineage> lineage
    )
    {
        var name = Survive<PersonName>(
            newestFirst,
            SurvivorshipRules.Name,
            p => p.Name is { IsEmpty: false } found ? [found] : [],
            SurvivorshipStrategies.Name,
            rules.For(SurvivorshipRules.Name),
            lineage
        )?.Value;
        // A prefix alone is not a name: it only joins a name that survived on its own.
        if (name is null || rules.NamePrefixRule is not { } prefixRule)
        {
            return name;
        }
        var prefix = Survive<string>(
            newestFirst,
            SurvivorshipRules.NamePrefix,
            p => SurvivorshipStrategies.Blank(p.Name?.Prefix) is { } found ? [found] : [],
            SurvivorshipStrategies.Text,
            prefixRule,
            lineage
        );
        return name with { Prefix = prefix?.Value };
    }

    private static Dictionary<string, JsonElement> SurviveAttributes(
        List<SourceRecordPayload> newestFirst,
        SurvivorshipRules rules,
        Dictionary<string, Lineage> lineage
    )
    {
        var keys = newestFirst
            .SelectMany(p => p.Attributes?.Keys ?? [])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var attribute = SurvivorshipRules.AttributePrefix + key;
            var winner = Survive<JsonElement>(
                newestFirst,
                attribute,
                p =>
                    p.Attributes?.TryGetValue(key, out var value) == true && SurvivorshipStrategies.HasValue(value)
                        ? [value]
                        : [],
                SurvivorshipStrategies.Json,
                rules.For(attribute),
                lineage
            );
            if (winner is { } found)
            {
                result[key] = found.Value.Clone();
            }
        }
        return result;
    }

    private static Candidate<T>? Survive<T>(
        List<SourceRecordPayload> newestFirst,
        string attribute,
        Func<SourceRecordPayload, IEnumerable<T>> value,
        ValueTraits<T> traits,
        SurvivorshipRule rule,
        Dictionary<string, Lineage> lineage
    )
    {
        var candidates = newestFirst
            .SelectMany((payload, rank) => value(payload).Take(1).Select(v => new Candidate<T>(v, payload, rank)))
            .ToList();
        if (SurvivorshipStrategies.Pick(candidates, rule, traits) is not { } pick)
        {
            return null;
        }
        lineage[attribute] = new Lineage(pick.Winner.Source.SourceSystem, pick.Winner.Source.SourceId, pick.Rule);
        return pick.Winner;
    }
}
