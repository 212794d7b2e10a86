using System.Text;

namespace Mdm.Core.Imports;

/// <summary>One line of a JSON-lines file: its text, or why it was not kept (then the text is null).</summary>
public sealed record TextLine(long Line, string? Text, string? Problem);

/// <summary>Reads a JSON-lines file a line at a time (LF, CRLF or CR), skipping blank lines; holds one line at a time.</summary>
public sealed class JsonLinesReader(TextReader reader, int maxLineLength = JsonLinesReader.DefaultMaxLineLength)
{
    public const int DefaultMaxLineLength = 1024 * 1024;

    private readonly TextCursor _cursor = new(reader);
    private readonly StringBuilder _text = new();

    /// <summary>The next non-blank line, or null at the end of the text.</summary>
    public async ValueTask<TextLine?> ReadAsync(CancellationToken ct)
    {
        _text.Clear();
        var line = _cursor.Line;
        var length = 0;
        while (true)
        {
            if (!_cursor.TryRead(out var c))
            {
                if (await _cursor.FillAsync(ct))
                {
                    continue;
                }
                return IsBlank() ? null : End(line, length);
            }
            if (c is not ('\r' or '\n'))
            {
                if (++length <= maxLineLength)
                {
                    _text.Append(c);
                }
                continue;
            }
            if (c == '\r')
            {
                _cursor.SkipLineFeed();
            }
            if (!IsBlank())
            {
                return End(line, length);
            }
            _text.Clear();
            line = _cursor.Line;
            length = 0;
        }
    }

    private bool IsBlank()
    {
        foreach (var chunk in _text.GetChunks())
        {
            if (!chunk.Span.IsWhiteSpace())
            {
                return false;
            }
        }
        return true;
    }

    private TextLine End(long line, int length) =>
        length > maxLineLength
            ? new TextLine(line, null, $"The line is longer than {maxLineLength} characters.")
            : new TextLine(line, _text.ToString(), null);
}
