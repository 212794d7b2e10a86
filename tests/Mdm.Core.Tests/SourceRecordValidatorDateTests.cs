using System.Text.Json.Nodes;
using Mdm.Core.SourceRecords;

namespace Mdm.Core.Tests;

public sealed class SourceRecordValidatorDateTests
{
    private static IReadOnlyDictionary<string, string[]> Validate(Action<JsonObject> change) =>
        new SourceRecordValidator(FixedTimeProvider.Default).Validate(ContractExample.With(change));

    [Theory]
    [InlineData("2021-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("1985-4-3")]
    [InlineData("03/04/1985")]
    [InlineData("1985-04-03T00:00:00Z")]
    public void Validate_ImpossibleOrMisformattedBirthDate_ErrorAtBirthDate(string date)
    {
        var errors = Validate(r => r["birthDate"] = date);

        Assert.Equal(["Must be a real date written yyyy-MM-dd."], Assert.Contains("birthDate", errors));
        Assert.Single(errors);
    }

    [Theory]
    [InlineData("2026-11-24", true)]
    [InlineData("2030-01-01", true)]
    [InlineData("1899-12-31", true)]
    [InlineData("2026-11-23", false)]
    [InlineData("2024-02-29", false)]
    [InlineData("1900-01-01", false)]
    public void Validate_BirthDateOutsideRange_ErrorAtBirthDate(string date, bool rejected)
    {
        Assert.Equal(rejected, Validate(r => r["birthDate"] = date).ContainsKey("birthDate"));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-03-01")]
    [InlineData("2026-03-01T10:00:00")]
    [InlineData("2026-03-01 10:00:00Z")]
    [InlineData("2026-02-30T10:00:00Z")]
    [InlineData("2026-03-01T25:00:00Z")]
    public void Validate_MalformedTimestamp_ErrorAtItsPath(string timestamp)
    {
        var errors = Validate(r =>
        {
            r["sourceUpdatedAt"] = timestamp;
            r["consents"]![0]!["capturedAt"] = timestamp;
        });

        Assert.Equal(["consents[0].capturedAt", "sourceUpdatedAt"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("2026-03-01T10:00Z")]
    [InlineData("2026-03-01T10:00:00.1234567+05:30")]
    [InlineData("2026-11-24T11:00:00Z")]
    public void Validate_WellFormedTimestamp_IsAccepted(string timestamp)
    {
        Assert.Empty(Validate(r => r["sourceUpdatedAt"] = timestamp));
    }

    [Fact]
    public void Validate_TimestampMoreThanADayAhead_ErrorAtItsPath()
    {
        var errors = Validate(r => r["sourceUpdatedAt"] = "2026-11-25T00:00:00Z");

        Assert.Equal(["Must not be in the future."], Assert.Contains("sourceUpdatedAt", errors));
    }
}
