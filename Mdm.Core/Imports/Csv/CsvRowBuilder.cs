using System.Text;

namespace Mdm.Core.Imports.Csv;

/// <summary>The RFC 4180 state machine for one row, fed a character at a time by <see cref="CsvReader"/>.</summary>
internal sealed class RowBuilder(long line, int maxLength, StringBuilder field)
{
    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    private readonly List<string> _fields = [];
    private State _state = State.FieldStart;
    private int _length;
    private bool _seenAny;
    private string? _problem;

    /// <summary>True while nothing of the row was read: a blank line.</summary>
    public bool IsEmpty => !_seenAny;

    /// <summary>Takes one character; false when it ends the row (a line break outside quotes).</summary>
    public bool Accept(char c)
    {
        var lineBreak = c is '\r' or '\n';
        if (lineBreak && _state != State.Quoted)
        {
            return false;
        }
        if (!_seenAny)
        {
            _seenAny = true;
            field.Clear();
        }
        if (++_length > maxLength)
        {
            _problem ??= $"The row is longer than {maxLength} characters.";
        }
        switch (_state)
        {
            case State.FieldStart when c == '"':
                _state = State.Quoted;
                break;
            case State.FieldStart or State.Unquoted or State.QuoteInQuoted when c == ',':
                EndField();
                break;
            case State.FieldStart or State.Unquoted:
                _state = State.Unquoted;
                Append(c);
                break;
            case State.Quoted when c == '"':
                _state = State.QuoteInQuoted;
                break;
            case State.Quoted:
                Append(c);
                break;
            case State.QuoteInQuoted when c == '"':
                _state = State.Quoted;
                Append('"');
                break;
            default:
                _problem ??= "A quoted field has text after its closing quote.";
                break;
        }
        return true;
    }

    /// <summary>The row as read; <paramref name="endLine"/> is where the text stopped.</summary>
    public CsvRow End(long endLine)
    {
        if (_state == State.Quoted)
        {
            _problem ??=
                $"A quoted field is never closed: the row runs from line {line} to the end of the file (line {endLine}).";
        }
        EndField();
        return new CsvRow(line, _fields, _problem);
    }

    private void EndField()
    {
        if (_length <= maxLength)
        {
            _fields.Add(field.ToString());
        }
        field.Clear();
        _state = State.FieldStart;
    }

    private void Append(char c)
    {
        if (_length <= maxLength)
        {
            field.Append(c);
        }
    }
}
