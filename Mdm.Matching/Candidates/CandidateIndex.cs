using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Mdm.Matching.Scoring;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Mdm.Matching.Candidates;

/// <summary>
/// The Lucene.Net candidate index: one document per golden record holding the blocking keys and the comparable terms of
/// all its members. A projection that can always be rebuilt from the database. Thread-safe.
/// </summary>
public sealed class CandidateIndex : ITermStatistics, IDisposable
{
    private const string IdField = "id";
    private const string KeyField = "k";
    private const string TermField = "t";
    private const string PositionKey = "position";
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private volatile bool _dirty;

    private CandidateIndex(LuceneDirectory directory, bool serialMerges = false)
    {
        _directory = directory;
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            // Every blocking key is looked up in every segment: fewer segments make each search cheaper, at the cost of
            // more merging on writes (measured in docs/performance.md).
            MergePolicy = new TieredMergePolicy { SegmentsPerTier = 2, MaxMergeAtOnce = 2 },
        };
        if (serialMerges)
        {
            // Background merges renumber documents at moments that vary from run to run, and equal scores are ranked
            // by document number: merging in line makes an evaluation give the same figures every time.
            // Merging in line costs the writer's thread, so merge less often than the on-disk index does.
            config.MergeScheduler = new SerialMergeScheduler();
            config.MergePolicy = new TieredMergePolicy();
        }
        _writer = new IndexWriter(directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>An index that lives in memory only (evaluation, tests).</summary>
    public static CandidateIndex InMemory() => new(new RAMDirectory(), serialMerges: true);

    /// <summary>An index persisted in <paramref name="path"/>, opened if it exists.</summary>
    /// <remarks>
    /// Small segments written for near-real-time reopening stay in memory until they merge, so reading right after
    /// each ingest does not pay for a file per change.
    /// NIOFSDirectory, not the memory-mapped one <c>FSDirectory.Open</c> picks on 64-bit Linux: in Lucene.NET
    /// 4.8.0-beta00017 every clone of a memory-mapped input is registered in a weak table and GC pauses grow without
    /// bound under a steady search load (apache/lucenenet#1151; measured in docs/performance.md).
    /// </remarks>
    public static CandidateIndex OnDisk(string path) =>
        new(new NRTCachingDirectory(new NIOFSDirectory(path), maxMergeSizeMB: 8, maxCachedMB: 64));

    /// <summary>Adds or replaces a golden record's document.</summary>
    public void Upsert(string goldenId, IReadOnlyList<MatchRecord> members)
    {
        var document = new Document { new StringField(IdField, goldenId, Field.Store.YES) };
        foreach (var key in members.SelectMany(BlockingKeys.For).Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(KeyField, key, Field.Store.NO));
        }
        foreach (var term in members.SelectMany(ComparableTerms.For).Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(TermField, term, Field.Store.NO));
        }
        _writer.UpdateDocument(new Term(IdField, goldenId), document);
        _dirty = true;
    }

    public void Remove(string goldenId)
    {
        _writer.DeleteDocuments(new Term(IdField, goldenId));
        _dirty = true;
    }

    /// <summary>Removes every document (before a rebuild).</summary>
    public void Clear()
    {
        _writer.DeleteAll();
        _dirty = true;
    }

    /// <summary>The golden records sharing the most (and rarest) keys with the probe, best first, at most <paramref name="max"/>.</summary>
    public IReadOnlyList<string> Search(IReadOnlyList<string> keys, int max)
    {
        if (keys.Count == 0)
        {
            return [];
        }
        var query = new BooleanQuery();
        foreach (var key in keys)
        {
            query.Add(new TermQuery(new Term(KeyField, key)), Occur.SHOULD);
        }
        return WithSearcher(searcher =>
        {
            // In-order collection avoids the bucket table BooleanScorer allocates per segment.
            var collector = TopScoreDocCollector.Create(max, docsScoredInOrder: true);
            searcher.Search(query, collector);
            return collector
                .GetTopDocs()
                .ScoreDocs.Select(hit =>
                    searcher.Doc(hit.Doc).Get(IdField, System.Globalization.CultureInfo.InvariantCulture)
                )
                .ToList();
        });
    }

    public (int Count, int Total) Frequency(string term) =>
        WithSearcher(searcher => (LiveDocFrequency(searcher.IndexReader, term), searcher.IndexReader.NumDocs));

    // DocFreq still counts documents replaced or removed until their segment is merged away: a value would look held
    // by more golden records than hold it (and could pass the generic threshold). Count the live ones instead.
    private static int LiveDocFrequency(IndexReader reader, string term)
    {
        if (!reader.HasDeletions)
        {
            return reader.DocFreq(new Term(TermField, term));
        }
        var docs = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), TermField, new BytesRef(term));
        var count = 0;
        while (docs is not null && docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
        {
            count++;
        }
        return count;
    }

    public int Count => WithSearcher(searcher => searcher.IndexReader.NumDocs);

    /// <summary>Makes everything so far durable, remembering the change-feed position it reflects.</summary>
    public void Commit(long position)
    {
        _writer.SetCommitData(
            new Dictionary<string, string>
            {
                [PositionKey] = position.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }
        );
        _writer.Commit();
    }

    /// <summary>The change-feed position of the last commit, or null for a new or foreign index.</summary>
    public long? CommittedPosition =>
        _writer.CommitData.TryGetValue(PositionKey, out var value)
        && long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var position)
            ? position
            : null;

    private T WithSearcher<T>(Func<IndexSearcher, T> read)
    {
        // Reopening is only worth its cost after a write; reads in between share one searcher.
        if (_dirty)
        {
            _dirty = false;
            _searchers.MaybeRefreshBlocking();
        }
        var searcher = _searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }
}
