using Mdm.Core.Imports;

namespace Mdm.Core.Tests.Imports;

public sealed class JsonLinesReaderTests
{
    private static Task<List<TextLine>> ReadAll(string text, int max = JsonLinesReader.DefaultMaxLineLength) =>
        Readers.ReadAll(new JsonLinesReader(new TrickleReader(text), max).ReadAsync);

    [Theory]
    [InlineData("{\"a\":1}\n\n  \r\n{\"b\":2}\n")]
    [InlineData("{\"a\":1}\r\n\r\n\r\n{\"b\":2}")]
    [InlineData("\uFEFF{\"a\":1}\r\r  \r{\"b\":2}\r")]
    public async Task Read_SkipsBlankLines_AndNumbersLinesAsInTheFile(string text)
    {
        var lines = await ReadAll(text);

        Assert.Equal(["{\"a\":1}", "{\"b\":2}"], lines.Select(l => l.Text));
        Assert.Equal([1L, 4L], lines.Select(l => l.Line));
    }

    [Fact]
    public async Task Read_OverlongLine_IsAProblemWithoutItsText()
    {
        var lines = await ReadAll($"{new string('x', 30)}\n{{}}\n", max: 10);

        Assert.Null(lines[0].Text);
        Assert.Contains("longer than 10", lines[0].Problem, StringComparison.Ordinal);
        Assert.Equal("{}", lines[1].Text);
    }
}
