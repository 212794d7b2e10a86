using Mdm.Matching.Candidates;
using static Mdm.Matching.Tests.Candidates.People;

namespace Mdm.Matching.Tests.Candidates;

public sealed class CandidateIndexOnDiskTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "mdm-candidates-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_path))
        {
            Directory.Delete(_path, recursive: true);
        }
    }

    [Fact]
    public void OnDisk_CommittedThenReopened_FindsTheSameGoldens()
    {
        using (var index = CandidateIndex.OnDisk(_path))
        {
            index.Upsert("g1", [Record(William)]);
            index.Upsert("g2", [Record(Maria)]);
            index.Commit(7);
        }

        using var reopened = CandidateIndex.OnDisk(_path);

        Assert.Equal(2, reopened.Count);
        Assert.Equal(["g1"], reopened.Search(Keys(William with { Key = "web/9" }), 10));
        Assert.Equal(["g2"], reopened.Search(Keys(Maria), 10));
        Assert.Equal((1, 2), reopened.Frequency("f:smith"));
        Assert.Equal(7, reopened.CommittedPosition);
    }

    [Fact]
    public void OnDisk_NewDirectory_IsEmptyWithNoPosition()
    {
        using var index = CandidateIndex.OnDisk(_path);

        Assert.Equal(0, index.Count);
        Assert.Null(index.CommittedPosition);
    }

    [Fact]
    public void CommittedPosition_AfterEachCommit_IsTheLastPosition()
    {
        using var index = CandidateIndex.InMemory();
        Assert.Null(index.CommittedPosition);

        index.Upsert("g1", [Record(William)]);
        index.Commit(41);
        index.Commit(42);

        Assert.Equal(42, index.CommittedPosition);
    }
}
