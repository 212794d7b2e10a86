using Mdm.Core.GoldenRecords;
using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;
using Mdm.Matching;
using Microsoft.Extensions.Options;

namespace Mdm.Core.Matching;

/// <summary>
/// The matching steps of a use case: blocking keys, candidate search in the index, loading candidates' members from
/// the database (the source of truth), scoring, and keeping the index current with the use case's own change.
/// </summary>
public sealed class CandidateMatching(IMatcher matcher, CandidateIndexHost indexHost, IOptions<MatchingOptions> options)
{
    public IReadOnlyList<string> KeysOf(MatchRecord record) => matcher.BlockingKeys(record);

    /// <summary>Brings the index up to date with every change committed so far (call after taking the locks).</summary>
    public Task CatchUpAsync(MdmDbContext db, CancellationToken ct) => indexHost.CatchUpAsync(db, ct);

    /// <summary>Scores the probe against the active golden records candidate search finds, best first.</summary>
    public async Task<IReadOnlyList<ScoredCandidate>> EvaluateAsync(
        MdmDbContext db,
        MatchRecord probe,
        IReadOnlyList<string> keys,
        CancellationToken ct
    )
    {
        var ids = indexHost.Index.Search(keys, options.Value.MaxCandidates).Select(Guid.Parse).ToList();
        if (ids.Count == 0)
        {
            return [];
        }
        // The index may hold a change that never committed; the database decides what a candidate really holds.
        var members = await GoldenMembers.LoadAsync(db, ids, ct);
        var candidates = ids.Where(members.ContainsKey)
            .Select(id => new GoldenCandidate(id.ToString(), members[id]))
            .ToList();
        return matcher.Evaluate(probe, candidates);
    }

    /// <summary>Takes a golden record that is no longer active (merged away) out of the index before commit.</summary>
    public void Unindex(ChangeEvent change, Guid goldenId) => indexHost.ApplyOwn(change.Position, goldenId, null);

    /// <summary>Puts a golden record's new state into the index before its transaction commits.</summary>
    public void Index(GoldenRecomputation recomputation, GoldenRecord golden)
    {
        if (recomputation.Change is not { } change)
        {
            return;
        }
        var members =
            golden.Status == GoldenStatus.Active
                ? recomputation.Members.Select(SourceRecordNormalizer.ToMatchRecord).ToList()
                : null;
        indexHost.ApplyOwn(change.Position, golden.Id, members);
    }
}
