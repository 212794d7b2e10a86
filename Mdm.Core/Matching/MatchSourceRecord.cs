using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;
using Mdm.Matching;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Matching;

/// <summary>"Is this customer known?" — the golden records a source record would match, with explanations. Writes nothing.</summary>
public sealed record MatchSourceRecord(SourceRecordPayload Payload) : IQuery<IReadOnlyList<ScoredCandidate>>;

public sealed class MatchSourceRecordHandler(IDbContextFactory<MdmDbContext> dbFactory, CandidateMatching matching)
    : IQueryHandler<MatchSourceRecord, IReadOnlyList<ScoredCandidate>>
{
    public async ValueTask<IReadOnlyList<ScoredCandidate>> Handle(
        MatchSourceRecord query,
        CancellationToken cancellationToken
    )
    {
        var probe = SourceRecordNormalizer.ToMatchRecord(query.Payload);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await matching.EvaluateAsync(db, probe, matching.KeysOf(probe), cancellationToken);
    }
}
