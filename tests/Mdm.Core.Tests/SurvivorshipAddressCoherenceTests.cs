using Mdm.Core.GoldenRecords;
using Mdm.Core.SourceRecords;
using static Mdm.Core.Tests.SurvivorshipInputs;

namespace Mdm.Core.Tests;

public sealed class SurvivorshipAddressCoherenceTests
{
    private static readonly AddressValue WebMain = new()
    {
        Line1 = "12 Main St",
        City = "Springfield",
        PostalCode = "62704",
    };

    private static readonly AddressValue CrmMain = new()
    {
        Line1 = "12 MAIN ST.",
        City = "Springfeld",
        Region = "IL",
        PostalCode = "62704-1234",
        Country = "US",
    };

    private static readonly AddressValue PosElm = new()
    {
        Line1 = "9 Elm Rd",
        Line2 = "Apt 4",
        City = "Chatham",
        PostalCode = "62629",
    };

    [Fact]
    public void Compute_SameAddressFromTwoSources_KeptWholeAsTheNewestSentIt()
    {
        var web = Payload("web", "W-1", March.AddDays(1)) with { Addresses = [WebMain] };
        var crm = Payload("crm", "C-1", March) with { Addresses = [CrmMain] };

        var golden = Survivorship.Compute([Input(crm), Input(web)]);

        // Not the CRM's region or ZIP+4 filled into the web's copy: one source record's address, whole.
        Assert.Equal([WebMain], golden.Addresses);
        Assert.Equal(new Lineage("web", "W-1", Survivorship.Aggregate), golden.Lineage["addresses"]);
    }

    [Fact]
    public void Compute_AddressesInAnyOrder_EachGoldenAddressIsOneSourceRecordsAddress()
    {
        var sent = new[] { WebMain, CrmMain, PosElm };
        // Equal times: which copy of 12 Main St survives comes down to system then id, whatever the order.
        SurvivorshipInput[] inputs =
        [
            Input(Payload("web", "W-1", March) with { Addresses = [WebMain] }),
            Input(Payload("crm", "C-1", March) with { Addresses = [CrmMain, PosElm] }),
            Input(Payload("pos", "P-1", March) with { Addresses = [PosElm with { City = "CHATHAM" }] }),
        ];

        foreach (var permutation in Permutations(inputs))
        {
            var golden = Survivorship.Compute(permutation);

            Assert.Equal([CrmMain, PosElm], golden.Addresses);
            Assert.All(golden.Addresses, a => Assert.Contains(a, sent));
        }
    }
}
