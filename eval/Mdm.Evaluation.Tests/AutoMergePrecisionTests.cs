using Mdm.Evaluation.Metrics;

namespace Mdm.Evaluation.Tests;

public class AutoMergePrecisionTests
{
    private static readonly Dictionary<string, string> EntityOf = Truth.Groups("a b c", "d e");

    [Fact]
    public void Of_ThreeDistinctPairsTwoRight_IsTwoThirds()
    {
        // (b, a) repeats (a, b) and (c, c) is no pair: distinct pairs ab (right), cd (wrong), de (right).
        (string, string)[] merged = [("a", "b"), ("b", "a"), ("c", "d"), ("e", "d"), ("c", "c")];

        Assert.Equal(2.0 / 3, AutoMergePrecision.Of(merged, EntityOf)!.Value, 12);
    }

    [Fact]
    public void Of_NoAutoMerge_IsNull()
    {
        Assert.Null(AutoMergePrecision.Of([], EntityOf));
    }
}
