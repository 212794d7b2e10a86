using Mdm.Evaluation.Metrics;

namespace Mdm.Evaluation.Tests;

public class GroupFalseMergesTests
{
    [Fact]
    public void Count_WrongMergesInLookalikeCohorts_CountsByCohort()
    {
        var entityOf = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["h1"] = "P1",
            ["h2"] = "P2",
            ["h3"] = "P2",
            ["t1"] = "P3",
            ["t2"] = "P4",
            ["p1"] = "P5",
        };
        var cohortOf = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["h1"] = "household",
            ["h2"] = "household",
            ["h3"] = "household",
            ["t1"] = "twin",
            ["t2"] = "twin",
            ["p1"] = "plain",
        };
        // h1–h2 wrong household; h2–h3 right (same person); t1–t2 wrong twins; t1–h1 wrong across cohorts;
        // h1–p1 wrong but p1 is plain, so not a lookalike merge. (h2, h1) repeats h1–h2.
        (string, string)[] merged =
        [
            ("h1", "h2"),
            ("h2", "h1"),
            ("h2", "h3"),
            ("t1", "t2"),
            ("t1", "h1"),
            ("h1", "p1"),
        ];

        var counts = GroupFalseMerges.Count(merged, entityOf, cohortOf);

        Assert.Equal(1, counts["household"]);
        Assert.Equal(1, counts["twin"]);
        Assert.Equal(0, counts["junior-senior"]);
        Assert.Equal(1, counts["mixed"]);
    }
}
