using System.Text.Json.Nodes;
using Mdm.Core.SourceRecords;

namespace Mdm.Core.Tests;

public sealed class SourceRecordValidatorValueTests
{
    private static IReadOnlyDictionary<string, string[]> Validate(Action<JsonObject> change) =>
        new SourceRecordValidator(FixedTimeProvider.Default).Validate(ContractExample.With(change));

    [Theory]
    [InlineData("full")]
    [InlineData("family")]
    public void Validate_NameFieldOf201Chars_ErrorAtNestedPath(string field)
    {
        var errors = Validate(r => r["name"]![field] = new string('x', 201));

        Assert.Equal(["Must be at most 200 characters."], Assert.Contains($"name.{field}", errors));
    }

    [Fact]
    public void Validate_StringsOf200Chars_AreAccepted()
    {
        var text = new string('x', 200);

        Assert.Empty(
            Validate(r =>
            {
                r["name"]!["full"] = text;
                r["addresses"]![0]!["line1"] = text;
                r["attributes"]!["note"] = text;
            })
        );
    }

    [Fact]
    public void Validate_OversizedStringsElsewhere_ErrorsAtTheirPaths()
    {
        var errors = Validate(r =>
        {
            r["addresses"]![0]!["line1"] = new string('x', 201);
            r["attributes"]!["note"] = new string('x', 201);
            r["loyaltyId"] = new string('9', 65);
            r["emails"]![0]!["type"] = new string('t', 33);
        });

        Assert.Equal(
            ["addresses[0].line1", "attributes.note", "emails[0].type", "loyaltyId"],
            errors.Keys.Order(StringComparer.Ordinal)
        );
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("GRANTED")]
    [InlineData("")]
    public void Validate_BadConsentStatus_ErrorAtConsentStatus(string status)
    {
        var errors = Validate(r => r["consents"]![0]!["status"] = status);

        Assert.Equal(["consents[0].status"], errors.Keys);
    }

    [Fact]
    public void Validate_ConsentWithoutRequiredFields_ErrorsAtEachField()
    {
        var errors = Validate(r => r["consents"]!.AsArray().Add(new JsonObject()));

        Assert.Equal(
            ["consents[1].capturedAt", "consents[1].channel", "consents[1].purpose", "consents[1].status"],
            errors.Keys.Order(StringComparer.Ordinal)
        );
        Assert.All(errors.Values, messages => Assert.Equal(["Is required."], messages));
    }

    [Fact]
    public void Validate_BadPatterns_ErrorsAtTheirPaths()
    {
        var errors = Validate(r =>
        {
            r["sourceSystem"] = "E-Commerce";
            r["sourceId"] = "WEB 1001";
            r["emails"]![0]!["address"] = "john.smith";
            r["phones"]![0]!["number"] = "call me";
            r["phones"]![0]!["country"] = "U1";
            r["consents"]![0]!["purpose"] = "Marketing";
        });

        Assert.Equal(
            [
                "consents[0].purpose",
                "emails[0].address",
                "phones[0].country",
                "phones[0].number",
                "sourceId",
                "sourceSystem",
            ],
            errors.Keys.Order(StringComparer.Ordinal)
        );
    }
}
