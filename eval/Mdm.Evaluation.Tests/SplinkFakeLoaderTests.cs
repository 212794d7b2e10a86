using Mdm.Evaluation.Datasets;
using Mdm.Evaluation.Metrics;

namespace Mdm.Evaluation.Tests;

public class SplinkFakeLoaderTests
{
    [Fact]
    public void Load_Fake1000_HasTheDocumentedRecordsPeopleAndTruePairs()
    {
        var dataset = SplinkFakeLoader.Load();

        Assert.Equal(1000, dataset.Records.Count);
        Assert.Equal(251, dataset.EntityOf.Values.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(2031, PairwiseScores.PairsWithin(dataset.EntityOf));
    }

    [Fact]
    public void Load_FirstRow_MapsEveryField()
    {
        // 0,Robert,Alan,1971-06-24,,robert255@smith.net,0
        var dataset = SplinkFakeLoader.Load();
        var record = dataset.Records.Single(r => r.Key == "0");

        Assert.Equal("Robert", record.GivenName);
        Assert.Equal("Alan", record.FamilyName);
        Assert.Equal(new DateOnly(1971, 6, 24), record.BirthDate);
        Assert.Empty(record.Addresses);
        Assert.Equal(["robert255@smith.net"], record.Emails);
        Assert.Equal("0", dataset.EntityOf["0"]);
    }
}
