using Mdm.Evaluation.Baseline;
using Mdm.Matching;

namespace Mdm.Evaluation.Tests;

public class ExactMatchResolverTests
{
    [Fact]
    public void Resolve_SharedEmailThenSharedNameAndBirthDate_ChainsIntoOneCluster()
    {
        var birth = new DateOnly(1980, 1, 2);
        MatchRecord[] records =
        [
            Record("a", "ann", "lee", birth, "ann@example.com"),
            Record("b", "annie", "lee", null, "ann@example.com"),
            Record("c", "ann", "lee", birth, null),
            Record("d", "ann", "lee", null, null),
        ];

        var result = new ExactMatchResolver().Resolve(records);

        Assert.Equal(result.ClusterOf["a"], result.ClusterOf["b"]);
        Assert.Equal(result.ClusterOf["a"], result.ClusterOf["c"]);
        Assert.NotEqual(result.ClusterOf["a"], result.ClusterOf["d"]);
        Assert.Equal(new HashSet<(string, string)> { ("a", "b"), ("a", "c") }, result.AutoMergedPairs);
        Assert.Empty(result.Reviews);
    }

    private static MatchRecord Record(string key, string given, string family, DateOnly? birth, string? email) =>
        new(key, given, family, birth, email is null ? [] : [email], [], null, []);
}
