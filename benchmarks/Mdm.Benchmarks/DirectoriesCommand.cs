using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Mdm.Benchmarks.Workload;
using Mdm.Matching.Candidates;
using Mdm.Matching.Normalization;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Mdm.Benchmarks;

/// <summary>
/// <c>directories mmap|niofs [--goldens N] [--probes N]</c>: the probes' candidate searches, pass after pass, over the
/// cached index files read through one Lucene directory implementation, with the garbage-collection pauses of each pass.
/// Evidence for where the candidate search's time goes; one kind per process, as what one leaves behind on the heap
/// slows the collections of the next.
/// </summary>
internal static class DirectoriesCommand
{
    private const int Passes = 5;

    public static int Run(IReadOnlyList<string> args)
    {
        Func<string, LuceneDirectory>? open = args.Count > 0 ? OpenerFor(args[0]) : null;
        if (open is null || !ThroughputCommand.TryParse([.. args.Skip(1)], out var goldens, out var probeCount))
        {
            Console.Error.WriteLine(
                "Usage: directories mmap|niofs [--goldens N] [--probes N]  (defaults 100000 and 20000)"
            );
            return 2;
        }
        using var workload = MatchingWorkload.Create(goldens, probeCount, Console.Out);
        var keys = workload.Probes.Select(p => BlockingKeys.For(PersonNormalizer.Normalize(p.Input))).ToList();
        Measure(args[0], open(workload.IndexFolder), keys);
        return 0;
    }

    // mmap is what FSDirectory.Open, and so CandidateIndex.OnDisk, picks on 64-bit Linux.
    private static Func<string, LuceneDirectory>? OpenerFor(string kind) =>
        kind switch
        {
            "mmap" => folder => new MMapDirectory(folder),
            "niofs" => folder => new NIOFSDirectory(folder),
            _ => null,
        };

    private static void Measure(string name, LuceneDirectory directory, List<IReadOnlyList<string>> keys)
    {
        using var _ = directory;
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        Console.WriteLine($"{name}, {reader.Leaves.Count} segments, {keys.Count:N0} searches a pass:");
        for (var pass = 1; pass <= Passes; pass++)
        {
            var paused = GC.GetTotalPauseDuration();
            var collections = GC.CollectionCount(0);
            var started = Stopwatch.GetTimestamp();
            foreach (var probeKeys in keys)
            {
                Search(searcher, probeKeys);
            }
            var elapsed = Stopwatch.GetElapsedTime(started);
            paused = GC.GetTotalPauseDuration() - paused;
            collections = GC.CollectionCount(0) - collections;
            Console.WriteLine(
                $"  pass {pass}: {elapsed.TotalMicroseconds / keys.Count, 7:N0} µs a search, GC pauses {paused / elapsed, 4:P0} of the pass, "
                    + $"{paused.TotalMilliseconds / Math.Max(1, collections):N1} ms per gen-0 collection"
            );
        }
    }

    // The query CandidateIndex.Search builds (its field names are private: "k" for keys, "id" for the golden id).
    private static int Search(IndexSearcher searcher, IReadOnlyList<string> keys)
    {
        var query = new BooleanQuery();
        foreach (var key in keys)
        {
            query.Add(new TermQuery(new Term("k", key)), Occur.SHOULD);
        }
        return searcher
            .Search(query, MatchingWorkload.MaxCandidates)
            .ScoreDocs.Count(hit => searcher.Doc(hit.Doc).Get("id", CultureInfo.InvariantCulture) is not null);
    }
}
