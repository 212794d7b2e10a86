namespace Mdm.Core.Imports;

/// <summary>
/// Reads a text a buffer at a time for the line-oriented readers: one character at a time without an await per
/// character, counting lines (LF, CRLF and a lone CR each end one) and skipping a leading byte-order mark.
/// </summary>
internal sealed class TextCursor(TextReader reader)
{
    private readonly char[] _buffer = new char[16 * 1024];
    private int _position;
    private int _length;
    private bool _started;
    private bool _afterCarriageReturn;
    private bool _skipLineFeed;

    /// <summary>The line the next character is on, from 1.</summary>
    public long Line { get; private set; } = 1;

    /// <summary>Takes the next buffered character; false when the buffer is empty (then <see cref="FillAsync"/>).</summary>
    public bool TryRead(out char c)
    {
        while (_position < _length)
        {
            c = _buffer[_position++];
            var skip = _skipLineFeed && c == '\n';
            _skipLineFeed = false;
            if (c == '\n')
            {
                Line += _afterCarriageReturn ? 0 : 1;
            }
            else if (c == '\r')
            {
                Line++;
            }
            _afterCarriageReturn = c == '\r';
            if (!skip)
            {
                return true;
            }
        }
        c = default;
        return false;
    }

    /// <summary>A line ended with CR: a LF right after it belongs to the same line end (CRLF).</summary>
    public void SkipLineFeed() => _skipLineFeed = true;

    /// <summary>Buffers more text; false at the end.</summary>
    public async ValueTask<bool> FillAsync(CancellationToken ct)
    {
        _length = await reader.ReadAsync(_buffer, ct);
        _position = 0;
        if (!_started && _length > 0)
        {
            _started = true;
            _position = _buffer[0] == '\uFEFF' ? 1 : 0;
        }
        return _length > 0;
    }
}
