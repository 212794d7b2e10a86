using Mdm.Core.Imports.Csv;

namespace Mdm.Core.Tests.Imports;

public sealed class CsvReaderTests
{
    // One character per read: every buffer boundary falls inside a row at some point.
    private static Task<List<CsvRow>> ReadAll(string text, int maxRowLength = CsvReader.DefaultMaxRowLength) =>
        Readers.ReadAll(new CsvReader(new TrickleReader(text), maxRowLength).ReadAsync);

    [Fact]
    public async Task Read_PlainRows_SplitsOnCommasAndLineBreaks()
    {
        var rows = await ReadAll("a,b,c\n1,2,3\n");

        Assert.Equal(
            [
                ["a", "b", "c"],
                ["1", "2", "3"],
            ],
            rows.Select(r => r.Fields)
        );
        Assert.Equal([1L, 2L], rows.Select(r => r.Line));
        Assert.All(rows, r => Assert.Null(r.Problem));
    }

    [Fact]
    public async Task Read_QuotedFields_KeepCommasQuotesAndLineBreaks()
    {
        var rows = await ReadAll("id,note\r\n1,\"Smith, John \"\"JJ\"\"\r\nline two\"\r\n2,\"\"\r\n");

        Assert.Equal(["1", "Smith, John \"JJ\"\r\nline two"], rows[1].Fields);
        Assert.Equal(["2", ""], rows[2].Fields);
        Assert.Equal([1L, 2L, 4L], rows.Select(r => r.Line));
    }

    [Theory]
    [InlineData("a,b\r\nc,d\r\ne,f")]
    [InlineData("a,b\nc,d\ne,f\n")]
    [InlineData("a,b\rc,d\re,f\r")]
    [InlineData("\uFEFFa,b\r\nc,d\r\ne,f\r\n")]
    public async Task Read_AnyLineEndAndByteOrderMark_GiveTheSameRows(string text)
    {
        var rows = await ReadAll(text);

        Assert.Equal(
            [
                ["a", "b"],
                ["c", "d"],
                ["e", "f"],
            ],
            rows.Select(r => r.Fields)
        );
        Assert.Equal([1L, 2L, 3L], rows.Select(r => r.Line));
    }

    [Fact]
    public async Task Read_BlankLines_AreSkippedButCounted()
    {
        var rows = await ReadAll("a\n\n\r\nb\n\n");

        Assert.Equal(
            [
                ["a"],
                ["b"],
            ],
            rows.Select(r => r.Fields)
        );
        Assert.Equal([1L, 4L], rows.Select(r => r.Line));
    }

    [Fact]
    public async Task Read_EmptyFields_AreKept()
    {
        var rows = await ReadAll(",,\n");

        Assert.Equal(["", "", ""], Assert.Single(rows).Fields);
    }

    [Fact]
    public async Task Read_QuoteInsideUnquotedField_IsText()
    {
        var rows = await ReadAll("O\"Brien,5\"\n");

        Assert.Equal(["O\"Brien", "5\""], Assert.Single(rows).Fields);
    }

    [Fact]
    public async Task Read_TextAfterClosingQuote_IsAProblemAndTheNextRowStillReads()
    {
        var rows = await ReadAll("\"ab\"c,d\ne,f\n");

        Assert.NotNull(rows[0].Problem);
        Assert.Equal(["e", "f"], rows[1].Fields);
        Assert.Null(rows[1].Problem);
    }

    [Fact]
    public async Task Read_UnclosedQuote_RunsToTheEndAsOneProblemRow()
    {
        var rows = await ReadAll("a,b\n1,\"open\n2,3\n");

        Assert.Equal(2, rows.Count);
        Assert.Contains("never closed", rows[1].Problem, StringComparison.Ordinal);
        Assert.Equal(2, rows[1].Line);
    }

    [Fact]
    public async Task Read_OverlongRow_IsAProblemWithoutItsText()
    {
        var rows = await ReadAll($"{new string('x', 50)},y\nshort\n", maxRowLength: 20);

        Assert.Contains("longer than 20", rows[0].Problem, StringComparison.Ordinal);
        Assert.Empty(rows[0].Fields);
        Assert.Equal(["short"], rows[1].Fields);
    }

    [Fact]
    public async Task Read_LargeText_StreamsRowByRow()
    {
        var text = string.Concat(Enumerable.Range(1, 20_000).Select(i => $"{i},\"name, {i}\"\n"));
        var reader = new CsvReader(new StringReader(text));
        var count = 0;
        while (await reader.ReadAsync(CancellationToken.None) is { } row)
        {
            count++;
            Assert.Equal([$"{count}", $"name, {count}"], row.Fields);
            Assert.Equal(count, row.Line);
        }
        Assert.Equal(20_000, count);
    }
}
