using Mdm.Core.GoldenRecords;
using static Mdm.Core.Tests.SurvivorshipInputs;

namespace Mdm.Core.Tests;

public sealed class SurvivorshipPinValidationTests
{
    [Theory]
    [InlineData("name", """{"prefix":"Dr","given":"Ann","family":"Lee"}""")]
    [InlineData("birthDate", "\"1985-04-03\"")]
    [InlineData("gender", "\"F\"")]
    [InlineData("attributes.tier", "\"gold\"")]
    [InlineData("attributes.points", "1200")]
    [InlineData("attributes.vip", "true")]
    public void Validate_ValueASourceRecordCouldSend_Null(string attribute, string value)
    {
        Assert.Null(Pin.Validate(attribute, Json(value), FixedTimeProvider.Default));
    }

    [Theory]
    [InlineData("emails", "[]", "'emails' cannot be pinned: only name, birthDate, gender and attributes.<key> can.")]
    [InlineData("name.prefix", "\"Dr\"", "'name.prefix' cannot be pinned")]
    [InlineData("birthDate", "\"03/04/1985\"", "birthDate: Must be a real date written yyyy-MM-dd.")]
    [InlineData("birthDate", "\"2030-01-01\"", "birthDate: Must be between 1900-01-01 and today.")]
    [InlineData("gender", "1", "gender: Must be a string.")]
    [InlineData("gender", "\"  \"", "gender: A pinned value must not be empty")]
    [InlineData("name", "\"Ann Lee\"", "name: Must be an object.")]
    [InlineData("name", """{"nick":"Annie"}""", "name.nick: Unknown field.")]
    [InlineData("name", """{"prefix":"Dr"}""", "name: A pinned name needs a full, given, middle or family name.")]
    [InlineData("attributes.tier", """{"level":1}""", "attributes.tier: Must be a string, number, boolean or null.")]
    [InlineData("attributes.credit-terms", "\"NET30\"", "attributes.credit-terms: Attribute names are 1-64")]
    [InlineData("attributes.tier", "null", "attributes.tier: A pinned value is required; unpin")]
    [InlineData("attributes.note", "\" \"", "attributes.note: A pinned value must not be empty")]
    public void Validate_BadPin_MessageNamesAttributeAndProblem(string attribute, string value, string message)
    {
        var error = Pin.Validate(attribute, Json(value), FixedTimeProvider.Default);

        Assert.NotNull(error);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }
}
