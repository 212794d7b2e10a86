using System.Text.Json;
using Mdm.Core.SourceRecords;
using Mdm.Matching.Normalization;

namespace Mdm.Core.GoldenRecords;

/// <summary>
/// The first rule set: single values come from the most recent source record that has one
/// (<c>sourceUpdatedAt</c>, then time received, then source system and id so ties are deterministic);
/// emails, phones, addresses and loyalty ids are the distinct normalized values of all source records.
/// A pure function: the same source records give the same golden values in any order.
/// </summary>
public static class Survivorship
{
    public const string MostRecent = "most-recent";
    public const string Aggregate = "aggregate";

    public static GoldenValues Compute(IReadOnlyList<SurvivorshipInput> sources)
    {
        var newestFirst = sources
            .OrderByDescending(s => s.Payload.SourceUpdatedAt ?? DateTimeOffset.MinValue)
            .ThenByDescending(s => s.ReceivedAt)
            .ThenBy(s => s.Payload.SourceSystem, StringComparer.Ordinal)
            .ThenBy(s => s.Payload.SourceId, StringComparer.Ordinal)
            .Select(s => s.Payload)
            .ToList();
        var lineage = new Dictionary<string, Lineage>(StringComparer.Ordinal);
        return new GoldenValues
        {
            Name = Newest(newestFirst, p => p.Name is { IsEmpty: false } ? p.Name : null, "name", lineage),
            BirthDate = Newest(newestFirst, p => p.BirthDate, "birthDate", lineage),
            Gender = Newest(newestFirst, p => Blank(p.Gender), "gender", lineage),
            Emails = Distinct<EmailValue, EmailValue>(
                newestFirst,
                p => p.Emails,
                // The newest spelling a customer actually used; duplicates are found by the matching form.
                e => e with { Address = e.Address.Trim() },
                e => EmailNormalizer.Normalize(e.Address) ?? e.Address,
                "emails",
                lineage
            ),
            Phones = Distinct<PhoneValue, GoldenPhone>(
                newestFirst,
                p => p.Phones,
                ToGoldenPhone,
                x => x.Number,
                "phones",
                lineage
            ),
            Addresses = Distinct<AddressValue, AddressValue>(
                newestFirst,
                p => p.Addresses,
                a => a,
                AddressKey,
                "addresses",
                lineage
            ),
            LoyaltyIds = Distinct<string, string>(
                newestFirst,
                p => Blank(p.LoyaltyId) is { } id ? [id] : null,
                id => TextFolding.Compact(id) ?? id,
                id => id,
                "loyaltyIds",
                lineage
            ),
            Attributes = NewestAttributes(newestFirst, lineage),
            Consents = LatestConsents(newestFirst),
            Sources = newestFirst
                .Select(p => new SourceRef(p.SourceSystem, p.SourceId))
                .OrderBy(s => s.SourceSystem, StringComparer.Ordinal)
                .ThenBy(s => s.SourceId, StringComparer.Ordinal)
                .ToList(),
            Lineage = lineage,
        };
    }

    private static T? Newest<T>(
        List<SourceRecordPayload> newestFirst,
        Func<SourceRecordPayload, T?> pick,
        string attribute,
        Dictionary<string, Lineage> lineage
    )
    {
        foreach (var payload in newestFirst)
        {
            if (pick(payload) is { } value)
            {
                lineage[attribute] = new Lineage(payload.SourceSystem, payload.SourceId, MostRecent);
                return value;
            }
        }
        return default;
    }

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
                    lineage.TryAdd(attribute, new Lineage(payload.SourceSystem, payload.SourceId, Aggregate));
                }
            }
        }
        return result;
    }

    private static Dictionary<string, JsonElement> NewestAttributes(
        List<SourceRecordPayload> newestFirst,
        Dictionary<string, Lineage> lineage
    )
    {
        var result = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var payload in newestFirst)
        {
            foreach (var (name, value) in payload.Attributes ?? new Dictionary<string, JsonElement>())
            {
                if (
                    value.ValueKind != JsonValueKind.Null
                    && !(value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length == 0)
                    && result.TryAdd(name, value.Clone())
                )
                {
                    lineage[$"attributes.{name}"] = new Lineage(payload.SourceSystem, payload.SourceId, MostRecent);
                }
            }
        }
        return new Dictionary<string, JsonElement>(result, StringComparer.Ordinal);
    }

    /// <summary>Per purpose and channel, the consent captured last wins.</summary>
    private static List<GoldenConsent> LatestConsents(List<SourceRecordPayload> newestFirst) =>
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
            .GroupBy(c => (c.Purpose, c.Channel))
            .Select(g => g.OrderByDescending(c => c.CapturedAt).ThenBy(c => c.Source, StringComparer.Ordinal).First())
            .OrderBy(c => c.Purpose, StringComparer.Ordinal)
            .ThenBy(c => c.Channel, StringComparer.Ordinal)
            .ToList();

    private static GoldenPhone ToGoldenPhone(PhoneValue phone) =>
        new(PhoneNormalizer.ToE164(phone.Number, phone.Country) ?? phone.Number.Trim(), phone.Type);

    private static string AddressKey(AddressValue a) =>
        string.Join(
            '|',
            TextFolding.Fold(a.Line1),
            TextFolding.Fold(a.Line2),
            TextFolding.PostalCode(a.PostalCode, a.Country),
            TextFolding.Fold(a.Country ?? "US")
        );

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
