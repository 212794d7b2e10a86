using System.Text.Json;
using System.Text.Json.Nodes;
using Mdm.Core.SourceRecords;

namespace Mdm.Core.Tests;

public sealed class SourceRecordValidatorTests
{
    private static IReadOnlyDictionary<string, string[]> Validate(JsonElement json) =>
        new SourceRecordValidator(FixedTimeProvider.Default).Validate(json);

    private static IReadOnlyDictionary<string, string[]> Validate(Action<JsonObject> change) =>
        Validate(ContractExample.With(change));

    [Fact]
    public void Validate_ContractExample_HasNoErrors()
    {
        Assert.Empty(Validate(ContractExample.Parse(ContractExample.Json)));
    }

    [Fact]
    public void Validate_MinimalRecord_HasNoErrors()
    {
        Assert.Empty(Validate(ContractExample.Parse("""{"sourceSystem":"crm","sourceId":"C-1"}""")));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("null")]
    public void Validate_RootNotAnObject_ErrorAtRoot(string json)
    {
        var errors = Validate(ContractExample.Parse(json));

        Assert.Equal(["Must be an object."], Assert.Contains("", errors));
    }

    [Fact]
    public void Validate_UnknownRootField_ErrorAtThatField()
    {
        var errors = Validate(r => r["nickname"] = "Jack");

        Assert.Equal(["Unknown field."], Assert.Single(errors, e => e.Key == "nickname").Value);
    }

    [Fact]
    public void Validate_UnknownNestedField_ErrorAtNestedPath()
    {
        var errors = Validate(r =>
        {
            r["name"]!["nickname"] = "Jack";
            r["emails"]![0]!["primary"] = true;
        });

        Assert.Equal(["emails[0].primary", "name.nickname"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("sourceId", "1001")]
    [InlineData("name", "\"John Smith\"")]
    [InlineData("emails", "\"john@example.com\"")]
    [InlineData("emails", "{}")]
    [InlineData("birthDate", "19850403")]
    [InlineData("gender", "true")]
    [InlineData("attributes", "[]")]
    [InlineData("consents", "{}")]
    public void Validate_WrongTypeAtRoot_ErrorAtThatField(string field, string json)
    {
        var errors = Validate(r => r[field] = JsonNode.Parse(json));

        Assert.Equal([field], errors.Keys);
    }

    [Fact]
    public void Validate_WrongTypesInListItems_ErrorsAtItemPaths()
    {
        var errors = Validate(r =>
        {
            r["emails"]!.AsArray().Add("second@example.com");
            r["phones"]![0]!["number"] = 5551234567;
            r["addresses"]![0]!["line1"] = new JsonArray("12", "Main");
        });

        Assert.Equal(
            ["addresses[0].line1", "emails[1]", "phones[0].number"],
            errors.Keys.Order(StringComparer.Ordinal)
        );
    }

    [Fact]
    public void Validate_NullOptionalFields_AreTreatedAsAbsent()
    {
        var errors = Validate(r =>
        {
            r["gender"] = null;
            r["emails"] = null;
            r["name"]!["middle"] = null;
        });

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(11, true)]
    public void Validate_EmailCount_AtMostTenAllowed(int count, bool rejected)
    {
        var errors = Validate(r =>
            r["emails"] = new JsonArray(
                Enumerable
                    .Range(0, count)
                    .Select(i => (JsonNode?)new JsonObject { ["address"] = $"j{i}@example.com" })
                    .ToArray()
            )
        );

        Assert.Equal(rejected, errors.ContainsKey("emails"));
        Assert.Equal(rejected ? 1 : 0, errors.Count);
    }

    [Fact]
    public void Validate_SeveralProblems_AllReportedAtOnce()
    {
        var errors = Validate(r =>
        {
            r["gender"] = 1;
            r["birthDate"] = "2021-02-30";
            r["consents"]![0]!["status"] = "maybe";
        });

        Assert.Equal(["birthDate", "consents[0].status", "gender"], errors.Keys.Order(StringComparer.Ordinal));
    }
}
