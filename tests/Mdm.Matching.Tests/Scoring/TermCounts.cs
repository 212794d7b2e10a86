using Mdm.Matching.Scoring;

namespace Mdm.Matching.Tests.Scoring;

/// <summary>Term counts as a hub would hold them.</summary>
internal sealed class TermCounts(int total, params (string Term, int Count)[] counts) : ITermStatistics
{
    private readonly Dictionary<string, int> _counts = counts.ToDictionary(
        c => c.Term,
        c => c.Count,
        StringComparer.Ordinal
    );

    public List<string> Asked { get; } = [];

    public (int Count, int Total) Frequency(string term)
    {
        Asked.Add(term);
        return (_counts.GetValueOrDefault(term), total);
    }
}
