using System.Diagnostics;
using System.Globalization;
using Mdm.Matching;
using Mdm.Matching.Candidates;
using Mdm.Matching.Normalization;
using Mdm.Matching.Scoring;

namespace Mdm.Benchmarks.Workload;

/// <summary>
/// What the hub holds when a source record arrives — golden records (one per generated person, 1–5 members) in memory and
/// in a Lucene candidate index, the default model — plus probes to resolve against them. Everything is deterministic.
/// </summary>
public sealed class MatchingWorkload : IDisposable
{
    public const int MaxCandidates = 20;
    private const int GoldenSeed = 1;

    private MatchingWorkload(
        IReadOnlyDictionary<string, IReadOnlyList<MatchRecord>> goldens,
        int sourceRecords,
        string indexFolder,
        CandidateIndex index,
        IReadOnlyList<Probe> probes
    )
    {
        Goldens = goldens;
        SourceRecords = sourceRecords;
        IndexFolder = indexFolder;
        Index = index;
        Probes = probes;
        var scorer = new Scorer(DefaultModel.Load(), MatchModel.Comparisons, new ScoringOptions());
        Matcher = new FellegiSunterMatcher(scorer, new MatchThresholds(), index);
    }

    /// <summary>Golden id → its members, normalized: what the hub would load for the candidates a search returns.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<MatchRecord>> Goldens { get; }

    public int SourceRecords { get; }

    /// <summary>Where <see cref="Index"/> keeps its files.</summary>
    public string IndexFolder { get; }

    /// <summary>The candidate index of <see cref="Goldens"/>, also the matcher's term statistics.</summary>
    public CandidateIndex Index { get; }

    public FellegiSunterMatcher Matcher { get; }

    public IReadOnlyList<Probe> Probes { get; }

    /// <param name="goldens">Golden records (generated people) in the index.</param>
    /// <param name="probes">Source records to resolve against them.</param>
    /// <param name="log">Where setup progress goes.</param>
    public static MatchingWorkload Create(int goldens, int probes, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var population = GeneratedPopulation.Load(goldens, GoldenSeed, log);
        var members = new Dictionary<string, List<MatchRecord>>(StringComparer.Ordinal);
        for (var i = 0; i < population.Records.Count; i++)
        {
            var golden = population.PersonIds[i];
            if (!members.TryGetValue(golden, out var list))
            {
                members[golden] = list = [];
            }
            list.Add(PersonNormalizer.Normalize(population.Records[i]));
        }
        log.WriteLine(
            $"{members.Count:N0} golden records of {population.Records.Count:N0} source records loaded in {clock.Elapsed.TotalSeconds:F1} s"
        );
        clock.Restart();
        var indexFolder = IndexFolderFor(goldens);
        var index = OpenIndex(indexFolder, members, log);
        log.WriteLine($"Candidate index of {index.Count:N0} golden records ready in {clock.Elapsed.TotalSeconds:F1} s");
        var probeSet = ProbeSet.Create(population, probes, log);
        return new MatchingWorkload(
            members.ToDictionary(m => m.Key, IReadOnlyList<MatchRecord> (m) => m.Value, StringComparer.Ordinal),
            population.Records.Count,
            indexFolder,
            index,
            probeSet
        );
    }

    /// <summary>The whole per-record path: normalize, blocking keys, candidate search, load candidates, score.</summary>
    public IReadOnlyList<ScoredCandidate> Resolve(PersonInput input)
    {
        var record = PersonNormalizer.Normalize(input);
        var keys = BlockingKeys.For(record);
        var ids = Index.Search(keys, MaxCandidates);
        return Matcher.Evaluate(record, LoadCandidates(ids));
    }

    public List<GoldenCandidate> LoadCandidates(IReadOnlyList<string> goldenIds)
    {
        var candidates = new List<GoldenCandidate>(goldenIds.Count);
        foreach (var id in goldenIds)
        {
            candidates.Add(new GoldenCandidate(id, Goldens[id]));
        }
        return candidates;
    }

    public void Dispose() => Index.Dispose();

    // Kept on disk under the temp folder, per population and per build of the engine (its module version id changes
    // with its code), so a rerun or a BenchmarkDotNet child process opens it instead of indexing again.
    private static string IndexFolderFor(int goldens)
    {
        var engine = typeof(CandidateIndex).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];
        return Path.Combine(
            GeneratedPopulation.CacheRoot,
            string.Create(CultureInfo.InvariantCulture, $"index-{goldens}-seed-{GoldenSeed}-{engine}")
        );
    }

    private static CandidateIndex OpenIndex(
        string folder,
        Dictionary<string, List<MatchRecord>> members,
        TextWriter log
    )
    {
        var complete = Path.Combine(folder, "complete");
        if (File.Exists(complete))
        {
            return CandidateIndex.OnDisk(folder);
        }
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        log.WriteLine($"Indexing {members.Count:N0} golden records into {folder} …");
        using (var building = CandidateIndex.OnDisk(folder))
        {
            foreach (var (goldenId, records) in members)
            {
                building.Upsert(goldenId, records);
            }
            building.Commit(0);
        }
        File.WriteAllText(complete, "");
        // Reopened, so a first run searches the same on-disk segments as every later run (and a restarted hub).
        return CandidateIndex.OnDisk(folder);
    }
}
