using Mdm.Core.Matching;
using Mdm.Core.Persistence;
using Mdm.Matching;
using Mdm.Matching.Candidates;
using Mdm.Matching.Normalization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.GoldenRecords;

/// <summary>
/// Fuzzy search of active golden records (contract §4 <c>GET /golden-records?q=</c>): the words of <c>q</c> are read as
/// a name, an email or a phone, found through the candidate index (so spelling variants, nicknames and phonetic matches
/// count, best first), then by exact normalized name parts, email or phone in the database.
/// </summary>
/// <param name="After">How many results earlier pages returned.</param>
public sealed record SearchGoldenRecords(string Query, int Limit, int After) : IQuery<GoldenSearchPage>;

public sealed record GoldenSearchPage(IReadOnlyList<GoldenRecordView> Items, int? Next);

public sealed class SearchGoldenRecordsHandler(IDbContextFactory<MdmDbContext> dbFactory, CandidateIndexHost index)
    : IQueryHandler<SearchGoldenRecords, GoldenSearchPage>
{
    private const int MaxResults = 500;

    public async ValueTask<GoldenSearchPage> Handle(SearchGoldenRecords query, CancellationToken cancellationToken)
    {
        var probe = Probe(query.Query);
        var wanted = Math.Min(query.After + query.Limit + 1, MaxResults);
        var ids = index.Index.Search(BlockingKeys.For(probe), wanted).Select(Guid.Parse).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (ids.Count < wanted)
        {
            ids.AddRange((await ExactAsync(db, probe, wanted, cancellationToken)).Where(id => !ids.Contains(id)));
        }
        var page = ids.Skip(query.After).Take(query.Limit + 1).ToList();
        var goldens = await db
            .GoldenRecords.AsNoTracking()
            .Where(g => page.Contains(g.Id) && g.Status == GoldenStatus.Active)
            .ToDictionaryAsync(g => g.Id, cancellationToken);
        var items = page.Take(query.Limit)
            .Where(goldens.ContainsKey)
            .Select(id => GoldenRecordView.From(goldens[id]))
            .ToList();
        var next =
            page.Count > query.Limit && query.After + query.Limit < MaxResults ? query.After + query.Limit : (int?)null;
        return new GoldenSearchPage(items, next);
    }

    /// <summary>Emails and phone-like words as such; the rest as a full name ("Maria Delgado", "DELGADO, MARIA").</summary>
    private static MatchRecord Probe(string q)
    {
        var words = q.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var emails = words.Where(w => w.Contains('@', StringComparison.Ordinal)).ToList();
        var phones = words.Where(w => w.Count(char.IsDigit) >= 7).ToList();
        var name = string.Join(' ', words.Except(emails).Except(phones));
        return PersonNormalizer.Normalize(
            new PersonInput
            {
                Key = "search",
                FullName = name.Length > 0 ? name : null,
                Emails = emails,
                Phones = phones.Select(p => new PhoneInput(p, null)).ToList(),
            }
        );
    }

    private static async Task<List<Guid>> ExactAsync(
        MdmDbContext db,
        MatchRecord probe,
        int limit,
        CancellationToken ct
    )
    {
        var names = new[] { probe.GivenName, probe.FamilyName }.OfType<string>().ToArray();
        var emails = probe.Emails.ToArray();
        var phones = probe.Phones.ToArray();
        return await db
            .SourceRecords.AsNoTracking()
            .Where(s =>
                s.DetachedAt == null
                && (
                    (s.FamilyName != null && names.Contains(s.FamilyName))
                    || (s.GivenName != null && names.Contains(s.GivenName) && names.Length == 1)
                    || s.Emails.Any(e => emails.Contains(e))
                    || s.Phones.Any(p => phones.Contains(p))
                )
            )
            .Join(db.Links, s => s.Id, l => l.SourceRecordId, (s, l) => l.GoldenId)
            .Distinct()
            .OrderBy(id => id)
            .Take(limit)
            .ToListAsync(ct);
    }
}
