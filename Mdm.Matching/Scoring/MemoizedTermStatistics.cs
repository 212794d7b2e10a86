namespace Mdm.Matching.Scoring;

/// <summary>Remembers frequencies for the length of one decision; not thread-safe, not to be kept.</summary>
internal sealed class MemoizedTermStatistics(ITermStatistics inner) : ITermStatistics
{
    private readonly Dictionary<string, (int Count, int Total)> _seen = new(StringComparer.Ordinal);

    public (int Count, int Total) Frequency(string term)
    {
        if (!_seen.TryGetValue(term, out var frequency))
        {
            _seen[term] = frequency = inner.Frequency(term);
        }
        return frequency;
    }
}
