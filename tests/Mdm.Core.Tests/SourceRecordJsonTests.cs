using Mdm.Core.SourceRecords;

namespace Mdm.Core.Tests;

public sealed class SourceRecordJsonTests
{
    private static string Hash(string json) =>
        SourceRecordJson.ContentHash(SourceRecordJson.Read(ContractExample.Parse(json)));

    private const string Compact = """
        {"sourceSystem":"crm","sourceId":"C-1","name":{"given":"Zoë","family":"Müller"},
         "emails":[{"address":"zoe@example.com"}],"attributes":{"tier":"gold","creditTerms":"NET30","vip":true}}
        """;

    [Fact]
    public void ContentHash_AttributesInDifferentOrder_AreEqual()
    {
        var reordered = Compact.Replace(
            """{"tier":"gold","creditTerms":"NET30","vip":true}""",
            """{"vip":true,"creditTerms":"NET30","tier":"gold"}""",
            StringComparison.Ordinal
        );

        Assert.NotEqual(Compact, reordered);
        Assert.Equal(Hash(Compact), Hash(reordered));
    }

    [Fact]
    public void ContentHash_DifferentWhitespaceAndFieldOrder_AreEqual()
    {
        const string pretty = """
            {
              "attributes": { "vip": true,   "tier": "gold", "creditTerms": "NET30" },
              "emails": [ { "address": "zoe@example.com" } ],
              "name": { "family": "Müller", "given": "Zoë" },
              "sourceId": "C-1",
              "sourceSystem": "crm"
            }
            """;

        Assert.Equal(Hash(Compact), Hash(pretty));
    }

    [Theory]
    [InlineData("\"tier\":\"gold\"", "\"tier\":\"silver\"")]
    [InlineData("\"vip\":true", "\"vip\":false")]
    [InlineData(",\"vip\":true", "")]
    [InlineData("zoe@example.com", "zoe2@example.com")]
    [InlineData("\"Zoë\"", "\"Zoe\"")]
    [InlineData("\"C-1\"", "\"C-2\"")]
    public void ContentHash_DifferentContent_Differs(string from, string to)
    {
        var changed = Compact.Replace(from, to, StringComparison.Ordinal);

        Assert.NotEqual(Compact, changed);
        Assert.NotEqual(Hash(Compact), Hash(changed));
    }

    [Fact]
    public void ContentHash_Always_IsLowerCaseSha256Hex()
    {
        Assert.Matches("^[0-9a-f]{64}$", Hash(ContractExample.Json));
    }

    [Fact]
    public void Read_IdentityFromPath_WinsOverBody()
    {
        var payload = SourceRecordJson.Read(ContractExample.Parse(ContractExample.Json), "pos", "P-9");

        Assert.Equal("pos", payload.SourceSystem);
        Assert.Equal("P-9", payload.SourceId);
        Assert.Equal("Smith", payload.Name?.Family);
    }

    [Fact]
    public void Read_ContractExample_ReadsEveryField()
    {
        var payload = SourceRecordJson.Read(ContractExample.Parse(ContractExample.Json));

        Assert.Equal("ecommerce", payload.SourceSystem);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero), payload.SourceUpdatedAt);
        Assert.Equal(new DateOnly(1985, 4, 3), payload.BirthDate);
        Assert.Equal("62704", Assert.Single(payload.Addresses!).PostalCode);
        Assert.Equal("NET30", payload.Attributes!["creditTerms"].GetString());
        Assert.Equal("granted", Assert.Single(payload.Consents!).Status);
    }
}
