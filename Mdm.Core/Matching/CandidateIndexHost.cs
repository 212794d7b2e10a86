using Mdm.Core.Persistence;
using Mdm.Matching.Candidates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mdm.Core.Matching;

/// <summary>
/// Keeps this process's Lucene candidate index a faithful projection of PostgreSQL: rebuilt at start when missing or
/// stale, updated inline by this process's own changes (before they commit, under the blocking-key locks), and caught
/// up from the change feed with the changes of other processes before every decision.
/// </summary>
public sealed partial class CandidateIndexHost(
    IDbContextFactory<MdmDbContext> dbFactory,
    IOptions<MatchingOptions> options,
    TimeProvider time,
    ILogger<CandidateIndexHost> logger
) : IDisposable
{
    private readonly Lazy<CandidateIndex> _index = new(() => Open(options.Value));
    private readonly ChangeFeedCursor _cursor = new(time);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _disposed;

    public CandidateIndex Index => _index.Value;
    public bool Loaded { get; private set; }

    /// <summary>Opens the index and rebuilds it from the database unless it already reflects the change feed.</summary>
    public async Task LoadAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var latest = await db.ChangeEvents.MaxAsync(e => (long?)e.Position, ct) ?? 0;
        var committed = Index.CommittedPosition;
        if (committed is null || committed > latest || (Index.Count == 0 && latest > 0))
        {
            await RebuildAsync(ct);
        }
        else
        {
            _cursor.Reset(committed.Value);
            await CatchUpAsync(ct);
        }
        Loaded = true;
    }

    /// <summary>Drops the index and reads every active golden record again, in pages.</summary>
    public async Task RebuildAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Events of the last minute are read again after the rebuild, so a change committing late is not lost.
        var replayFrom = await db
            .ChangeEvents.Where(e => e.CreatedAt > time.GetUtcNow().AddMinutes(-1))
            .MinAsync(e => (long?)e.Position, ct);
        var latest = await db.ChangeEvents.MaxAsync(e => (long?)e.Position, ct) ?? 0;
        Index.Clear();
        var count = 0;
        Guid after = Guid.Empty;
        while (true)
        {
            var page = await db
                .GoldenRecords.AsNoTracking()
                .Where(g => g.Status == GoldenStatus.Active && g.Id.CompareTo(after) > 0)
                .OrderBy(g => g.Id)
                .Select(g => g.Id)
                .Take(1_000)
                .ToListAsync(ct);
            if (page.Count == 0)
            {
                break;
            }
            foreach (var (goldenId, members) in await GoldenMembers.LoadAsync(db, page, ct))
            {
                Index.Upsert(goldenId.ToString(), members);
            }
            count += page.Count;
            after = page[^1];
        }
        var position = replayFrom is { } from ? from - 1 : latest;
        Index.Commit(position);
        _cursor.Reset(position);
        LogRebuilt(logger, count);
    }

    /// <summary>Applies every change committed by anyone since the last catch-up.</summary>
    public async Task CatchUpAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await CatchUpAsync(db, ct);
    }

    /// <summary>The same, on the caller's connection (a use case catching up under its own locks).</summary>
    public async Task CatchUpAsync(MdmDbContext db, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var events = await db
                .ChangeEvents.AsNoTracking()
                .Where(e => e.Position > _cursor.HighWater)
                .OrderBy(e => e.Position)
                .Take(10_000)
                .Select(e => new { e.Position, e.GoldenId })
                .ToListAsync(ct);
            var fresh = events.Where(e => !_cursor.IsApplied(e.Position)).Select(e => e.GoldenId).Distinct().ToList();
            if (fresh.Count > 0)
            {
                var members = await GoldenMembers.LoadAsync(db, fresh, ct);
                foreach (var goldenId in fresh)
                {
                    Apply(goldenId, members.GetValueOrDefault(goldenId));
                }
            }
            _cursor.Advance(events.Select(e => e.Position));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Applies this process's own change before it commits; the change feed will not apply it twice.</summary>
    public void ApplyOwn(long position, Guid goldenId, IReadOnlyList<Mdm.Matching.MatchRecord>? members)
    {
        Apply(goldenId, members);
        _cursor.MarkApplied(position);
    }

    /// <summary>Makes the index durable up to the change-feed position it fully reflects.</summary>
    public void Checkpoint() => Index.Commit(_cursor.HighWater);

    private void Apply(Guid goldenId, IReadOnlyList<Mdm.Matching.MatchRecord>? members)
    {
        if (members is { Count: > 0 })
        {
            Index.Upsert(goldenId.ToString(), members);
        }
        else
        {
            Index.Remove(goldenId.ToString());
        }
    }

    private static CandidateIndex Open(MatchingOptions options)
    {
        var path = string.IsNullOrWhiteSpace(options.IndexPath)
            ? Path.Combine(Path.GetTempPath(), "customer-mdm-index", Guid.NewGuid().ToString("N"))
            : options.IndexPath;
        Directory.CreateDirectory(path);
        return CandidateIndex.OnDisk(path);
    }

    /// <summary>Checkpoints the index (so the next start only catches up) and closes it; safe to call twice.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        if (_index.IsValueCreated)
        {
            if (Loaded)
            {
                Checkpoint();
            }
            _index.Value.Dispose();
        }
        _gate.Dispose();
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Candidate index rebuilt from {Count} active golden records"
    )]
    private static partial void LogRebuilt(ILogger logger, int count);
}
