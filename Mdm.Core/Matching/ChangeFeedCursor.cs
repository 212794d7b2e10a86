using System.Collections.Concurrent;

namespace Mdm.Core.Matching;

/// <summary>
/// Tracks which change-feed positions the index has applied. Positions are assigned when a row is inserted, not when
/// its transaction commits, so a lower position can appear after a higher one: the high-water mark only moves past a
/// missing position once it has been missing for <see cref="GapTimeout"/> (a rolled-back transaction leaves a hole
/// for ever). Positions above the mark that were applied already are remembered and not applied twice.
/// </summary>
internal sealed class ChangeFeedCursor(TimeProvider time)
{
    public static readonly TimeSpan GapTimeout = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<long, byte> _appliedAbove = new();
    private readonly Dictionary<long, DateTimeOffset> _gapsSince = [];
    private long _highWater;

    public long HighWater => Interlocked.Read(ref _highWater);

    public void Reset(long position)
    {
        Interlocked.Exchange(ref _highWater, position);
        _appliedAbove.Clear();
        _gapsSince.Clear();
    }

    public bool IsApplied(long position) => position <= HighWater || _appliedAbove.ContainsKey(position);

    public void MarkApplied(long position)
    {
        if (position > HighWater)
        {
            _appliedAbove.TryAdd(position, 0);
        }
    }

    /// <summary>Records positions just read and moves the high-water mark over everything contiguous (or long missing).</summary>
    public void Advance(IEnumerable<long> seen)
    {
        foreach (var position in seen)
        {
            MarkApplied(position);
        }
        var now = time.GetUtcNow();
        var mark = HighWater;
        while (!_appliedAbove.IsEmpty)
        {
            var next = mark + 1;
            if (_appliedAbove.TryRemove(next, out _))
            {
                _gapsSince.Remove(next);
                mark = next;
                continue;
            }
            if (!_gapsSince.TryGetValue(next, out var since))
            {
                _gapsSince[next] = now;
                break;
            }
            if (now - since < GapTimeout)
            {
                break;
            }
            _gapsSince.Remove(next);
            mark = next;
        }
        Interlocked.Exchange(ref _highWater, mark);
    }
}
