using System.Text.Json;
using Mdm.Core.Imports.Csv;

namespace Mdm.Core.Tests.Imports;

public sealed class CsvRecordMapperTests
{
    private static CsvRecordMapper Mapper(string system, params string[] header)
    {
        var (mapper, problem) = CsvRecordMapper.FromHeader(
            new CsvRow(1, header, null),
            system,
            CsvColumnAliases.Embedded
        );
        Assert.Null(problem);
        return mapper!;
    }

    private static string Map(CsvRecordMapper mapper, params string[] fields)
    {
        var (json, problem) = mapper.Map(new CsvRow(2, fields, null));
        Assert.Null(problem);
        using (json)
        {
            return json!.RootElement.GetRawText();
        }
    }

    [Fact]
    public void Map_CanonicalColumns_BuildTheContractShape()
    {
        var mapper = Mapper(
            "crm",
            ["sourceId", "given", "family", "email", "emailType", "phone", "phone2", "city", "country", "attr.tier"]
        );

        var json = Map(
            mapper,
            "C-1",
            "Ana",
            " Lee ",
            "ana@example.com",
            "work",
            "555-0100",
            "",
            "Springfield",
            "US",
            "gold"
        );

        Assert.Equal(
            """{"sourceSystem":"crm","sourceId":"C-1","name":{"given":"Ana","family":"Lee"},"emails":[{"address":"ana@example.com","type":"work"}],"phones":[{"number":"555-0100"}],"addresses":[{"city":"Springfield","country":"US"}],"attributes":{"tier":"gold"}}""",
            json
        );
    }

    [Fact]
    public void Map_SystemAliases_AndSharedAliases_NameCanonicalColumns()
    {
        var mapper = Mapper("pos", "CUSTOMER_NO", "first_name", "last_name", "zip", "home_store");

        using var json = JsonDocument.Parse(Map(mapper, "P-9", "Kim", "Park", "60601", "S12"));

        var root = json.RootElement;
        Assert.Equal("P-9", root.GetProperty("sourceId").GetString());
        Assert.Equal("Park", root.GetProperty("name").GetProperty("family").GetString());
        Assert.Equal("60601", root.GetProperty("addresses")[0].GetProperty("postalCode").GetString());
        Assert.Equal("S12", root.GetProperty("attributes").GetProperty("homeStore").GetString());
    }

    [Fact]
    public void Map_OnlyATypeOrCountry_WritesNoListItem()
    {
        var mapper = Mapper("ecommerce", "sourceId", "emailType", "phoneCountry", "country");

        Assert.Equal("""{"sourceSystem":"ecommerce","sourceId":"W-1"}""", Map(mapper, "W-1", "personal", "US", "US"));
    }

    [Fact]
    public void Map_WrongFieldCount_IsAProblem()
    {
        var (json, problem) = Mapper("crm", "sourceId", "given").Map(new CsvRow(2, ["C-1"], null));

        Assert.Null(json);
        Assert.Equal("The row has 1 fields; the header has 2.", problem);
    }

    [Theory]
    [InlineData("given,family")]
    [InlineData("sourceId,customer_no")]
    [InlineData("sourceId,John,Smith")]
    public void FromHeader_BadHeader_IsAProblemNamingNoValues(string header)
    {
        var (mapper, problem) = CsvRecordMapper.FromHeader(
            new CsvRow(1, header.Split(','), null),
            "ecommerce",
            CsvColumnAliases.Embedded
        );

        Assert.Null(mapper);
        Assert.NotNull(problem);
        Assert.DoesNotContain("John", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FromHeader_AnAliasOfAnotherSystem_IsUnknown()
    {
        var (_, problem) = CsvRecordMapper.FromHeader(
            new CsvRow(1, ["customer_no"], null),
            "loyalty",
            CsvColumnAliases.Embedded
        );

        Assert.Contains("column 1", problem, StringComparison.Ordinal);
    }
}
