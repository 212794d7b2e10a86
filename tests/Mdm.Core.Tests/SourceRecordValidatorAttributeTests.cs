using System.Text.Json;
using System.Text.Json.Nodes;
using Mdm.Core.SourceRecords;

namespace Mdm.Core.Tests;

public sealed class SourceRecordValidatorAttributeTests
{
    private static IReadOnlyDictionary<string, string[]> Validate(JsonElement json) =>
        new SourceRecordValidator(FixedTimeProvider.Default).Validate(json);

    private static IReadOnlyDictionary<string, string[]> Validate(Action<JsonObject> change) =>
        Validate(ContractExample.With(change));

    [Theory]
    [InlineData("erp-account")]
    [InlineData("erp account")]
    [InlineData("")]
    public void Validate_BadAttributeName_ErrorAtAttributePath(string name)
    {
        var errors = Validate(r => r["attributes"]![name] = "x");

        Assert.Equal([$"attributes.{name}"], errors.Keys);
    }

    [Theory]
    [InlineData("""{"code":"C1"}""")]
    [InlineData("""["a","b"]""")]
    public void Validate_ObjectOrArrayAttribute_ErrorAtAttributePath(string json)
    {
        var errors = Validate(r => r["attributes"]!["nested"] = JsonNode.Parse(json));

        Assert.Equal(["attributes.nested"], errors.Keys);
    }

    [Fact]
    public void Validate_ScalarAttributes_AreAccepted()
    {
        Assert.Empty(Validate(r => r["attributes"] = JsonNode.Parse("""{"n":1.5,"b":false,"z":null,"s":"x"}""")));
    }
}
