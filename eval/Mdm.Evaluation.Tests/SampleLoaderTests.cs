using System.Text.Json.Nodes;
using Mdm.Evaluation.Datasets;

namespace Mdm.Evaluation.Tests;

public class SampleLoaderTests
{
    [Fact]
    public void Load_Sample_HasTruthAndCohortForEveryRecord()
    {
        var dataset = SampleLoader.Load();

        Assert.NotEmpty(dataset.Records);
        Assert.Equal(dataset.Records.Count, dataset.EntityOf.Count);
        Assert.All(dataset.Records, r => Assert.True(dataset.CohortOf.ContainsKey(r.Key)));
        // The first line of truth.csv: ecommerce,WEB-931695,P000042,household
        Assert.Equal("P000042", dataset.EntityOf["ecommerce/WEB-931695"]);
        Assert.Equal("household", dataset.CohortOf["ecommerce/WEB-931695"]);
    }

    [Fact]
    public void ToPersonInput_ContractShape_MapsEveryMatchingField()
    {
        const string json = """
            {"sourceSystem":"crm","sourceId":"CRM-1","name":{"full":"Mr. John A. Smith Jr.","prefix":"Mr",
             "given":"John","middle":"A","family":"Smith","suffix":"Jr"},
             "emails":[{"address":"j@example.com","type":"personal"}],
             "phones":[{"number":"(212) 555-0147","type":"home","country":"US"}],
             "addresses":[{"line1":"1 Main St","line2":"Apt 4","city":"New York","region":"NY",
             "postalCode":"10001","country":"US","type":"home"}],
             "birthDate":"1980-02-29","gender":"M","loyaltyId":"LY1","attributes":{"segment":"retail"}}
            """;

        var input = SampleLoader.ToPersonInput(json);

        Assert.Equal("crm/CRM-1", input.Key);
        Assert.Equal("Mr. John A. Smith Jr.", input.FullName);
        Assert.Equal(
            ("Mr", "John", "A", "Smith", "Jr"),
            (input.Prefix, input.GivenName, input.MiddleName, input.FamilyName, input.Suffix)
        );
        Assert.Equal(new DateOnly(1980, 2, 29), input.BirthDate);
        Assert.Equal("M", input.Gender);
        Assert.Equal(["j@example.com"], input.Emails);
        Assert.Equal(new Mdm.Matching.PhoneInput("(212) 555-0147", "US", "home"), Assert.Single(input.Phones));
        var address = Assert.Single(input.Addresses);
        Assert.Equal(
            ("1 Main St", "Apt 4", "New York", "NY", "10001", "US"),
            (address.Line1, address.Line2, address.City, address.Region, address.PostalCode, address.Country)
        );
        Assert.Equal("LY1", input.LoyaltyId);
    }
}
