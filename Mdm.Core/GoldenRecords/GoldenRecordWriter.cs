using System.Text.Json;
using Mdm.Core.Consents;
using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.GoldenRecords;

/// <summary>
/// The one path by which golden values change: recompute from the live source records, then write the new
/// version, its history row and its change event in the caller's transaction.
/// </summary>
public sealed class GoldenRecordWriter(SurvivorshipRules rules)
{
    public static GoldenRecord Create(MdmDbContext db, DateTimeOffset now)
    {
        var golden = new GoldenRecord
        {
            Id = Guid.CreateVersion7(now),
            Status = GoldenStatus.Active,
            Document = JsonDocument.Parse("{}"),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.GoldenRecords.Add(golden);
        return golden;
    }

    /// <summary>Recomputes <paramref name="golden"/>; writes a version and an event only when its values changed.</summary>
    /// <param name="eventType">The event to write instead of created/updated (a merge, a split), always written.</param>
    /// <returns>The change event (null when nothing changed) and the golden record's live source records.</returns>
    public async Task<GoldenRecomputation> RecomputeAsync(
        MdmDbContext db,
        GoldenRecord golden,
        Actor actor,
        string reason,
        DateTimeOffset now,
        CancellationToken ct,
        string? eventType = null,
        ChangeLinks? links = null
    )
    {
        await db.SaveChangesAsync(ct);
        // Read-only: tracking every member's payload would make each later SaveChanges compare them all.
        var members = await db
            .Links.AsNoTracking()
            .Where(l => l.GoldenId == golden.Id)
            .Join(db.SourceRecords, l => l.SourceRecordId, s => s.Id, (l, s) => s)
            .Where(s => s.DetachedAt == null)
            .ToListAsync(ct);
        var pins = (await db.GoldenPins.AsNoTracking().Where(p => p.GoldenId == golden.Id).ToListAsync(ct))
            .Select(p => new Pin(p.Attribute, p.Value.RootElement, p.PinnedBy, p.PinnedAt))
            .ToList();
        var directConsents = await db
            .DirectConsents.AsNoTracking()
            .Where(c => c.GoldenId == golden.Id)
            .Select(c => new GoldenConsent(c.Purpose, c.Channel, c.Status, c.CapturedAt, c.Source))
            .ToListAsync(ct);
        var values = Survivorship.Compute(
            members
                .Select(s => new SurvivorshipInput(
                    s.ReceivedAt,
                    SourceRecordJson.Read(s.Payload.RootElement, s.SourceSystem, s.SourceId)
                ))
                .ToList(),
            rules,
            pins,
            directConsents
        );
        var status = members.Count == 0 ? GoldenStatus.Retired : GoldenStatus.Active;
        var document = JsonSerializer.SerializeToDocument(values, SourceRecordJson.Options);
        if (eventType is null && golden.Version > 0 && golden.Status == status && JsonEquals(golden.Document, document))
        {
            return new GoldenRecomputation(null, members, []);
        }
        var isNew = golden.Version == 0;
        var consentsBefore = isNew ? [] : ConsentsOf(golden.Document);
        var consentChanges = ConsentChange.Between(consentsBefore, values.Consents);
        // A change of consents alone is told by its consent.changed events, not also as golden.updated (ADR 0006).
        var consentsOnly =
            eventType is null
            && !isNew
            && golden.Status == status
            && consentChanges.Count > 0
            && JsonEquals(
                golden.Document,
                JsonSerializer.SerializeToDocument(values with { Consents = consentsBefore }, SourceRecordJson.Options)
            );
        if (status == GoldenStatus.Retired && golden.Status != GoldenStatus.Retired)
        {
            // Nothing is left to merge or keep apart: a steward must not be asked about it.
            await db
                .MatchReviews.Where(r =>
                    r.Status == MatchReviewStatus.Open && (r.GoldenIdA == golden.Id || r.GoldenIdB == golden.Id)
                )
                .ExecuteUpdateAsync(
                    u =>
                        u.SetProperty(r => r.Status, MatchReviewStatus.Superseded)
                            .SetProperty(r => r.DecidedAt, now)
                            .SetProperty(r => r.Version, r => r.Version + 1),
                    ct
                );
        }
        golden.Status = status;
        golden.Document = document;
        var change = WriteVersion(
            db,
            golden,
            actor,
            reason,
            now,
            consentsOnly ? null : eventType ?? (isNew ? ChangeEvents.Created : ChangeEvents.Updated),
            links
        );
        foreach (var consentChange in consentChanges)
        {
            ChangeEvents.AppendConsentChanged(db, golden, consentChange, now);
        }
        return new GoldenRecomputation(change, members, consentChanges);
    }

    /// <summary>Marks <paramref name="loser"/> merged into <paramref name="survivorId"/>: a version, an event.</summary>
    public static ChangeEvent MarkMerged(
        MdmDbContext db,
        GoldenRecord loser,
        Guid survivorId,
        Actor actor,
        string reason,
        DateTimeOffset now
    )
    {
        loser.Status = GoldenStatus.Merged;
        loser.MergedInto = survivorId;
        return WriteVersion(
            db,
            loser,
            actor,
            reason,
            now,
            ChangeEvents.Merged,
            new ChangeLinks(MergedInto: survivorId)
        )!;
    }

    /// <returns>The version's golden event; null when <paramref name="eventType"/> is (its events are written after).</returns>
    private static ChangeEvent? WriteVersion(
        MdmDbContext db,
        GoldenRecord golden,
        Actor actor,
        string reason,
        DateTimeOffset now,
        string? eventType,
        ChangeLinks? links
    )
    {
        golden.Version++;
        golden.UpdatedAt = now;
        db.GoldenRecordVersions.Add(
            new GoldenRecordVersion
            {
                GoldenId = golden.Id,
                Version = golden.Version,
                Status = golden.Status,
                Document = golden.Document,
                ChangedBy = actor.Name,
                Reason = reason,
                ChangedAt = now,
            }
        );
        return eventType is null
            ? null
            : ChangeEvents.Append(db, golden, eventType, GoldenRecordView.From(golden), now, links);
    }

    private static List<GoldenConsent> ConsentsOf(JsonDocument document) =>
        document.RootElement.TryGetProperty("consents", out var consents)
            ? consents.Deserialize<List<GoldenConsent>>(SourceRecordJson.Options) ?? []
            : [];

    // Structural: a document read back from jsonb has its keys reordered and its spacing changed.
    private static bool JsonEquals(JsonDocument a, JsonDocument b) =>
        JsonElement.DeepEquals(a.RootElement, b.RootElement);
}

/// <summary>
/// What a recomputation wrote: its golden event (null when nothing but consents changed, or nothing at all), the live
/// members, and the effective consent changes (each written as a <c>consent.changed</c> event).
/// </summary>
public sealed record GoldenRecomputation(
    ChangeEvent? Change,
    IReadOnlyList<SourceRecord> Members,
    IReadOnlyList<ConsentChange> ConsentChanges
);
