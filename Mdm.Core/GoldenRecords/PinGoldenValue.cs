using System.Text.Json;
using Mdm.Core.Matching;
using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.GoldenRecords;

/// <summary>A steward pins a value on a golden record (<paramref name="Value"/> set) or unpins it (null).</summary>
public sealed record PinGoldenValue(Guid GoldenId, string Attribute, JsonElement? Value, Actor Actor)
    : ICommand<PinResult>;

public enum PinOutcome
{
    Done,
    NotFound,
    NotActive,
    Invalid,
    NotPinned,
}

/// <summary>The outcome; <see cref="Error"/> says what is wrong with an invalid pin; <see cref="Golden"/> on success.</summary>
public sealed record PinResult(PinOutcome Outcome, string? Error, GoldenRecordView? Golden);

public sealed class PinGoldenValueHandler(
    IDbContextFactory<MdmDbContext> dbFactory,
    CandidateMatching matching,
    GoldenRecordWriter writer,
    TimeProvider time
) : ICommandHandler<PinGoldenValue, PinResult>
{
    public async ValueTask<PinResult> Handle(PinGoldenValue command, CancellationToken cancellationToken)
    {
        if (command.Value is { } value && Pin.Validate(command.Attribute, value, time) is { } error)
        {
            return new(PinOutcome.Invalid, error, null);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.InTransactionAsync(ct => PinAsync(db, command, ct), cancellationToken);
    }

    private async Task<PinResult> PinAsync(MdmDbContext db, PinGoldenValue command, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await AdvisoryLocks.LockGoldenRecordsAsync(db, [command.GoldenId], ct);
        var golden = await db.GoldenRecords.SingleOrDefaultAsync(g => g.Id == command.GoldenId, ct);
        if (golden is null || golden.Status != GoldenStatus.Active)
        {
            return new(golden is null ? PinOutcome.NotFound : PinOutcome.NotActive, null, null);
        }
        var pin = await db.GoldenPins.SingleOrDefaultAsync(
            p => p.GoldenId == golden.Id && p.Attribute == command.Attribute,
            ct
        );
        string reason;
        if (command.Value is { } value)
        {
            pin ??= db
                .GoldenPins.Add(
                    new GoldenPin
                    {
                        GoldenId = golden.Id,
                        Attribute = command.Attribute,
                        Value = null!,
                        PinnedBy = command.Actor.Name,
                    }
                )
                .Entity;
            pin.Value = JsonDocument.Parse(value.GetRawText());
            pin.PinnedBy = command.Actor.Name;
            pin.PinnedAt = now;
            reason = $"pin of {command.Attribute}";
        }
        else if (pin is null)
        {
            return new(PinOutcome.NotPinned, null, null);
        }
        else
        {
            db.GoldenPins.Remove(pin);
            reason = $"unpin of {command.Attribute}";
        }
        var recomputation = await writer.RecomputeAsync(db, golden, command.Actor, reason, now, ct);
        Audit.Record(db, command.Actor, "golden-record.pinned", "golden-record", golden.Id.ToString(), reason, now);
        await db.SaveChangesAsync(ct);
        matching.Index(recomputation, golden);
        return new(PinOutcome.Done, null, GoldenRecordView.From(golden));
    }
}
