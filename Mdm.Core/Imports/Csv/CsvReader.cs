using System.Text;

namespace Mdm.Core.Imports.Csv;

/// <summary>One CSV row: its fields, the line it starts on, and what is wrong with it (then the fields are partial).</summary>
public sealed record CsvRow(long Line, IReadOnlyList<string> Fields, string? Problem);

/// <summary>
/// A streaming RFC 4180 reader: fields separated by commas, rows by CRLF, LF or CR; a field in double quotes may hold
/// commas, line breaks and doubled quotes. Lenient where files in the wild differ harmlessly (a quote inside an
/// unquoted field is kept as text, blank lines are skipped, a byte-order mark is ignored); strict where data would be
/// guessed (text after a closing quote, an unclosed quote, a row longer than the limit). Holds one row at a time.
/// </summary>
public sealed class CsvReader(TextReader reader, int maxRowLength = CsvReader.DefaultMaxRowLength)
{
    public const int DefaultMaxRowLength = 1024 * 1024;

    private readonly TextCursor _cursor = new(reader);
    private readonly StringBuilder _field = new();

    /// <summary>The next row, or null at the end of the text.</summary>
    public async ValueTask<CsvRow?> ReadAsync(CancellationToken ct)
    {
        var row = new RowBuilder(_cursor.Line, maxRowLength, _field);
        while (true)
        {
            if (!_cursor.TryRead(out var c))
            {
                if (await _cursor.FillAsync(ct))
                {
                    continue;
                }
                return row.IsEmpty ? null : row.End(_cursor.Line);
            }
            if (!row.Accept(c))
            {
                if (c == '\r')
                {
                    _cursor.SkipLineFeed();
                }
                if (!row.IsEmpty)
                {
                    return row.End(_cursor.Line);
                }
                row = new RowBuilder(_cursor.Line, maxRowLength, _field);
            }
        }
    }
}
