using Mdm.Evaluation.Datasets;
using Mdm.Evaluation.Metrics;

namespace Mdm.Evaluation.Tests;

public class FebrlLoaderTests
{
    // Record and true pair counts from the data README.
    [Theory]
    [InlineData(1, 1000, 500)]
    [InlineData(2, 5000, 1934)]
    [InlineData(3, 5000, 6538)]
    public void Load_EachDataset_HasTheDocumentedRecordsAndTruePairs(int number, int records, long truePairs)
    {
        foreach (var withSsn in new[] { false, true })
        {
            var dataset = FebrlLoader.Load(number, withSsn);

            Assert.Equal(records, dataset.Records.Count);
            Assert.Equal(records, dataset.EntityOf.Count);
            Assert.Equal(truePairs, PairwiseScores.PairsWithin(dataset.EntityOf));
        }
    }

    [Fact]
    public void Load_RowWithEmptyGivenName_MapsEveryField()
    {
        // rec-223-org, , waller, 6, tullaroop street, willaroo, st james, 4011, wa, 19081209, 6988048
        var record = FebrlLoader.Load(1, withSocialSecurityId: true).Records.Single(r => r.Key == "rec-223-org");

        Assert.Null(record.GivenName);
        Assert.Equal("waller", record.FamilyName);
        Assert.Equal(new DateOnly(1908, 12, 9), record.BirthDate);
        var address = Assert.Single(record.Addresses);
        Assert.Equal("6 tullaroop street", address.Line1);
        Assert.Equal("willaroo", address.Line2);
        Assert.Equal("st james", address.City);
        Assert.Equal("4011", address.PostalCode);
        Assert.Equal("wa", address.Region);
        Assert.Equal("AU", address.Country);
        Assert.Equal(["ssn:6988048"], record.OtherIds);
    }

    [Fact]
    public void Load_WithoutSsn_LeavesOtherIdsEmpty()
    {
        Assert.All(FebrlLoader.Load(1, withSocialSecurityId: false).Records, r => Assert.Empty(r.OtherIds));
    }

    [Fact]
    public void Load_ImpossibleBirthDate_IsNull()
    {
        // rec-444-dup-0 has date_of_birth 19371233.
        var record = FebrlLoader.Load(1, withSocialSecurityId: false).Records.Single(r => r.Key == "rec-444-dup-0");

        Assert.Null(record.BirthDate);
    }

    [Theory]
    [InlineData("rec-12-org", "12")]
    [InlineData("rec-12-dup-3", "12")]
    public void EntityOf_RecId_IsTheNumber(string recId, string entity)
    {
        Assert.Equal(entity, FebrlLoader.EntityOf(recId));
    }
}
