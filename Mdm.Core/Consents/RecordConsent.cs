using Mdm.Core.GoldenRecords;
using Mdm.Core.Matching;
using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Consents;

/// <summary>
/// Records a consent told for a golden record (contract §6). A golden id merged away records on its survivor. The same
/// statement told again changes nothing; an older capture is kept in the history but does not become current.
/// </summary>
public sealed record RecordConsent(Guid GoldenId, ConsentStatement Statement, Actor Actor)
    : ICommand<RecordConsentResult>;

public enum RecordConsentOutcome
{
    Recorded,
    NotFound,
    NotActive,
}

/// <param name="GoldenId">The golden record that holds the consent (the survivor when the id was merged away).</param>
/// <param name="Effective">Whether the statement changed the current consent.</param>
/// <param name="Current">The current consent for the purpose and channel afterwards.</param>
public sealed record RecordConsentResult(
    RecordConsentOutcome Outcome,
    Guid GoldenId,
    bool Effective,
    GoldenConsent? Current
);

public sealed class RecordConsentHandler(
    IDbContextFactory<MdmDbContext> dbFactory,
    CandidateMatching matching,
    GoldenRecordWriter writer,
    TimeProvider time
) : ICommandHandler<RecordConsent, RecordConsentResult>
{
    public async ValueTask<RecordConsentResult> Handle(RecordConsent command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.InTransactionAsync(ct => RecordAsync(db, command, ct), cancellationToken);
    }

    private async Task<RecordConsentResult> RecordAsync(MdmDbContext db, RecordConsent command, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var golden = await GoldenSurvivor.LockAsync(db, command.GoldenId, ct);
        if (golden is null || golden.Status != GoldenStatus.Active)
        {
            return new(
                golden is null ? RecordConsentOutcome.NotFound : RecordConsentOutcome.NotActive,
                command.GoldenId,
                false,
                null
            );
        }
        var s = command.Statement;
        var received = new GoldenConsent(s.Purpose, s.Channel, s.Status, s.CapturedAt, s.Source ?? command.Actor.Name);
        var told = await db.ConsentHistory.AnyAsync(
            h =>
                h.GoldenId == golden.Id
                && h.SourceSystem == null
                && h.Purpose == received.Purpose
                && h.Channel == received.Channel
                && h.Status == received.Status
                && h.CapturedAt == received.CapturedAt
                && h.Source == received.Source,
            ct
        );
        if (told)
        {
            return new(RecordConsentOutcome.Recorded, golden.Id, false, CurrentOf(golden, received));
        }
        await KeepLatestAsync(db, golden.Id, received, command.Actor, now, ct);
        var reason = $"consent {received.Purpose}/{received.Channel}";
        var recomputation = await writer.RecomputeAsync(db, golden, command.Actor, reason, now, ct);
        ConsentHistory.Record(db, golden.Id, received, null, recomputation.ConsentChanges, command.Actor, now);
        Audit.Record(db, command.Actor, "consent.recorded", "golden-record", golden.Id.ToString(), reason, now);
        await db.SaveChangesAsync(ct);
        matching.Index(recomputation, golden);
        return new(
            RecordConsentOutcome.Recorded,
            golden.Id,
            recomputation.ConsentChanges.Any(c => c.Current == received),
            CurrentOf(golden, received)
        );
    }

    /// <summary>The golden record's direct input per purpose and channel is the latest captured (a revocation on a tie).</summary>
    private static async Task KeepLatestAsync(
        MdmDbContext db,
        Guid goldenId,
        GoldenConsent received,
        Actor actor,
        DateTimeOffset now,
        CancellationToken ct
    )
    {
        var direct = await db.DirectConsents.SingleOrDefaultAsync(
            c => c.GoldenId == goldenId && c.Purpose == received.Purpose && c.Channel == received.Channel,
            ct
        );
        if (direct is not null && !Supersedes(received, direct))
        {
            return;
        }
        direct ??= db
            .DirectConsents.Add(
                new DirectConsent
                {
                    GoldenId = goldenId,
                    Purpose = received.Purpose,
                    Channel = received.Channel,
                    Status = null!,
                    Source = null!,
                    RecordedBy = null!,
                }
            )
            .Entity;
        direct.Status = received.Status;
        direct.CapturedAt = received.CapturedAt;
        direct.Source = received.Source;
        direct.RecordedBy = actor.Name;
        direct.RecordedAt = now;
    }

    internal static bool Supersedes(GoldenConsent received, DirectConsent held) =>
        received.CapturedAt > held.CapturedAt
        || (
            received.CapturedAt == held.CapturedAt
            && received.Status == ConsentStatus.Revoked
            && held.Status != ConsentStatus.Revoked
        );

    private static GoldenConsent? CurrentOf(GoldenRecord golden, GoldenConsent received) =>
        GoldenRecordView
            .From(golden)
            .Consents.FirstOrDefault(c => c.Purpose == received.Purpose && c.Channel == received.Channel);
}
