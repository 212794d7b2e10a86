using Mdm.Core.SourceRecords;
using Mdm.Matching.Normalization;

namespace Mdm.Core.GoldenRecords;

/// <summary>
/// The <c>aggregate</c> strategy and consents. Each distinct normalized value is kept once, as the most recent source
/// record that has it sent it, and whole: an address's lines, city and postal code always come from one source record.
/// </summary>
internal static class SurvivorshipLists
{
    public static List<EmailValue> Emails(List<SourceRecordPayload> newestFirst, Dictionary<string, Lineage> lineage) =>
        Distinct<EmailValue, EmailValue>(
            newestFirst,
            p => p.Emails,
            // The newest spelling a customer actually used; duplicates are found by the matching form.
            e => e with { Address = e.Address.Trim() },
            e => EmailNormalizer.Normalize(e.Address) ?? e.Address,
            SurvivorshipRules.Emails,
            lineage
        );

    public static List<GoldenPhone> Phones(
        List<SourceRecordPayload> newestFirst,
        Dictionary<string, Lineage> lineage
    ) =>
        Distinct<PhoneValue, GoldenPhone>(
            newestFirst,
            p => p.Phones,
            phone => new(PhoneNormalizer.ToE164(phone.Number, phone.Country) ?? phone.Number.Trim(), phone.Type),
            x => x.Number,
            SurvivorshipRules.Phones,
            lineage
        );

    public static List<AddressValue> Addresses(
        List<SourceRecordPayload> newestFirst,
        Dictionary<string, Lineage> lineage
    ) =>
        Distinct<AddressValue, AddressValue>(
            newestFirst,
            p => p.Addresses,
            a => a,
            AddressKey,
            SurvivorshipRules.Addresses,
            lineage
        );

    public static List<string> LoyaltyIds(List<SourceRecordPayload> newestFirst, Dictionary<string, Lineage> lineage) =>
        Distinct<string, string>(
            newestFirst,
            p => SurvivorshipStrategies.Blank(p.LoyaltyId) is { } id ? [id] : null,
            id => TextFolding.Compact(id) ?? id,
            id => id,
            SurvivorshipRules.LoyaltyIds,
            lineage
        );

    /// <summary>
    /// Per purpose and channel, the consent captured last wins, whether a source record or the consent endpoint told
    /// it; captured at the same instant, a revocation wins over a grant (the cautious reading).
    /// </summary>
    public static List<GoldenConsent> LatestConsents(
        List<SourceRecordPayload> newestFirst,
        IReadOnlyList<GoldenConsent> direct
    ) =>
        newestFirst
            .SelectMany(p =>
                (p.Consents ?? []).Select(c => new GoldenConsent(
                    c.Purpose,
                    c.Channel,
                    c.Status,
                    c.CapturedAt,
                    p.SourceSystem
                ))
            )
            .Concat(direct)
            .GroupBy(c => (c.Purpose, c.Channel))
            .Select(g =>
                g.OrderByDescending(c => c.CapturedAt)
                    .ThenBy(c => c.Status == ConsentStatus.Revoked ? 0 : 1)
                    .ThenBy(c => c.Source, StringComparer.Ordinal)
                    .First()
            )
            .OrderBy(c => c.Purpose, StringComparer.Ordinal)
            .ThenBy(c => c.Channel, StringComparer.Ordinal)
            .ToList();

    private static List<T> Distinct<TIn, T>(
        List<SourceRecordPayload> newestFirst,
        Func<SourceRecordPayload, IEnumerable<TIn>?> items,
        Func<TIn, T> project,
        Func<T, string> key,
        string attribute,
        Dictionary<string, Lineage> lineage
    )
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<T>();
        foreach (var payload in newestFirst)
        {
            foreach (var value in (items(payload) ?? []).Select(project))
            {
                if (seen.Add(key(value)))
                {
                    result.Add(value);
                    lineage.TryAdd(
                        attribute,
                        new Lineage(payload.SourceSystem, payload.SourceId, Survivorship.Aggregate)
                    );
                }
            }
        }
        return result;
    }

    // City and region are left out on purpose: the same street and postal code spelt with another city name is the
    // same address, and keeping the first copy whole is what stops lines and city from mixing across source records.
    private static string AddressKey(AddressValue a) =>
        string.Join(
            '|',
            TextFolding.Fold(a.Line1),
            TextFolding.Fold(a.Line2),
            TextFolding.PostalCode(a.PostalCode, a.Country),
            TextFolding.Fold(a.Country ?? "US")
        );
}
