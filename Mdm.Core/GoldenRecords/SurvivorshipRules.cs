namespace Mdm.Core.GoldenRecords;

/// <summary>
/// The survivorship catalogue: per golden attribute, the strategy that picks its value from a golden record's source
/// records. Read from a versioned JSON file by <see cref="SurvivorshipRulesLoader"/>, which rejects a bad rule with a
/// <see cref="SurvivorshipRulesException"/>; the rules shipped with Mdm.Core are <see cref="Default"/>.
/// </summary>
/// <remarks>
/// Rule keys are <c>name</c>, <c>name.prefix</c>, <c>birthDate</c>, <c>gender</c>, <c>emails</c>, <c>phones</c>,
/// <c>addresses</c>, <c>loyaltyIds</c>, <c>attributes.&lt;key&gt;</c> and <c>attributes.*</c> (every attribute key without
/// its own rule). An attribute without a rule keeps the behaviour the hub had before the catalogue existed:
/// single values <c>most-recent</c>, lists <c>aggregate</c>, and the name prefix travels with the surviving name.
/// Consents are not configurable: per purpose and channel, the consent captured last always wins.
/// </remarks>
public sealed record SurvivorshipRules
{
    public const string Name = "name";
    public const string NamePrefix = "name.prefix";
    public const string BirthDate = "birthDate";
    public const string Gender = "gender";
    public const string Emails = "emails";
    public const string Phones = "phones";
    public const string Addresses = "addresses";
    public const string LoyaltyIds = "loyaltyIds";

    /// <summary>Prefix of an attribute key's rule and lineage entry: <c>attributes.erpAccount</c>.</summary>
    public const string AttributePrefix = "attributes.";

    /// <summary>The rule for every attribute key that has no <c>attributes.&lt;key&gt;</c> rule of its own.</summary>
    public const string OtherAttributes = "attributes.*";

    /// <summary>The attributes that hold several values; only <c>aggregate</c> applies to them.</summary>
    public static IReadOnlySet<string> ListAttributes { get; } =
        new HashSet<string>(StringComparer.Ordinal) { Emails, Phones, Addresses, LoyaltyIds };

    /// <summary>The rules shipped with Mdm.Core (<c>GoldenRecords/survivorship-rules.json</c>, embedded).</summary>
    public static SurvivorshipRules Default => Shipped.Value;

    private static readonly Lazy<SurvivorshipRules> Shipped = new(SurvivorshipRulesLoader.LoadShipped);

    /// <summary>A human-readable version of this rule set (e.g. <c>2026-03-01.1</c>), required in the file.</summary>
    public required string Version { get; init; }

    /// <summary>The rules by attribute key; attributes missing here use the built-in behaviour (see remarks).</summary>
    public IReadOnlyDictionary<string, SurvivorshipRule> Rules { get; init; } =
        new Dictionary<string, SurvivorshipRule>(StringComparer.Ordinal);

    /// <summary>
    /// The rule of a single-valued attribute: its own; for <c>attributes.&lt;key&gt;</c> then <c>attributes.*</c>; else
    /// <c>most-recent</c>.
    /// </summary>
    public SurvivorshipRule For(string attribute) =>
        Rules.GetValueOrDefault(attribute)
        ?? (
            attribute.StartsWith(AttributePrefix, StringComparison.Ordinal)
                ? Rules.GetValueOrDefault(OtherAttributes)
                : null
        )
        ?? SurvivorshipRule.MostRecent;

    /// <summary>The name prefix's own rule; null when the prefix travels with the surviving name.</summary>
    internal SurvivorshipRule? NamePrefixRule => Rules.GetValueOrDefault(NamePrefix);
}

/// <summary>How one attribute's value survives.</summary>
/// <param name="Strategy">
/// <c>source-priority</c>: the newest value from the first of <paramref name="Sources"/> that has one, else
/// <paramref name="Fallback"/> over every source record. <c>most-recent</c>: the value of the source record updated last
/// (<c>sourceUpdatedAt</c>, then time received). <c>most-frequent</c>: the value most source records agree on once
/// normalized (case, accents, punctuation); ties go to the most recent. <c>most-complete</c>: the value with the most
/// non-empty parts, then the longest; ties go to the most recent. <c>aggregate</c> (lists only): every distinct normalized
/// value, each kept whole as one source record sent it. Every tie finally goes to (source system, source id) in ordinal
/// order, so the input order never matters.
/// </param>
/// <param name="Sources">Source systems in priority order; <c>source-priority</c> only.</param>
/// <param name="Fallback">
/// The strategy when no listed source has a value (<c>most-recent</c>, <c>most-frequent</c> or <c>most-complete</c>;
/// <c>most-recent</c> when the file leaves it out); <c>source-priority</c> only. Lineage then names the fallback.
/// </param>
public sealed record SurvivorshipRule(string Strategy, IReadOnlyList<string> Sources, string Fallback)
{
    public static SurvivorshipRule MostRecent { get; } = Of(Survivorship.MostRecent);

    /// <summary>A rule without sources (every strategy but <c>source-priority</c>).</summary>
    public static SurvivorshipRule Of(string strategy) => new(strategy, [], Survivorship.MostRecent);

    // By value, sources included: a record would compare the list by reference.
    public bool Equals(SurvivorshipRule? other) =>
        other is not null
        && Strategy == other.Strategy
        && Fallback == other.Fallback
        && Sources.SequenceEqual(other.Sources, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Strategy, Fallback, string.Join(',', Sources));
}
