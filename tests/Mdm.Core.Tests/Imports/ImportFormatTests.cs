using Mdm.Core.Imports;

namespace Mdm.Core.Tests.Imports;

public sealed class ImportFormatTests
{
    [Theory]
    [InlineData("customers.csv", null, "csv")]
    [InlineData("CUSTOMERS.CSV", null, "csv")]
    [InlineData("feed.jsonl", null, "jsonl")]
    [InlineData("feed.ndjson", null, "jsonl")]
    [InlineData("feed.json", null, "jsonl")]
    [InlineData("feed.txt", "csv", "csv")]
    [InlineData("feed.csv", "jsonl", "jsonl")]
    [InlineData("feed.txt", null, null)]
    [InlineData("feed.csv", "xml", null)]
    public void Resolve_ExplicitFormatWins_ElseTheExtension(string fileName, string? format, string? expected)
    {
        Assert.Equal(expected, ImportFormat.Resolve(fileName, format));
    }
}
