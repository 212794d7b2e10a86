using System.Text;
using System.Text.Json;
using Mdm.Core.Imports.Csv;
using Mdm.Core.SourceRecords;

namespace Mdm.Core.Imports;

/// <summary>
/// Reads an import file line by line into source records, validated as the API validates a PUT body; holds one line
/// at a time, whatever the file's size.
/// </summary>
public sealed class ImportFileReader : IDisposable
{
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 16 };
    private readonly Stream _file;
    private readonly StreamReader _text;
    private readonly string _sourceSystem;
    private readonly SourceRecordValidator _validator;
    private Func<CancellationToken, ValueTask<(long Line, JsonDocument? Json, string? Problem)?>> _next = null!;

    private ImportFileReader(Stream file, string sourceSystem, SourceRecordValidator validator)
    {
        _file = file;
        _text = new StreamReader(
            file,
            Encoding.UTF8,
            detectEncodingFromByteOrderMarks: true,
            64 * 1024,
            leaveOpen: true
        );
        _sourceSystem = sourceSystem;
        _validator = validator;
    }

    /// <summary>Bytes of the file consumed so far (read ahead by at most one buffer).</summary>
    public long BytesRead => _file.Position;

    /// <summary>A reader positioned at the first line, or the problem with the file as a whole (no personal data).</summary>
    public static async Task<(ImportFileReader? Reader, string? Problem)> OpenAsync(
        Stream file,
        string format,
        string sourceSystem,
        SourceRecordValidator validator,
        CancellationToken ct
    )
    {
        var reader = new ImportFileReader(file, sourceSystem, validator);
        var problem = format == ImportFormat.Csv ? await reader.StartCsvAsync(ct) : reader.StartJsonLines();
        if (problem is null)
        {
            return (reader, null);
        }
        reader.Dispose();
        return (null, problem);
    }

    /// <summary>The next line, or null at the end of the file.</summary>
    public async ValueTask<ImportFileLine?> ReadAsync(CancellationToken ct) =>
        await _next(ct) is { } raw ? ImportLineValidation.Check(raw, _sourceSystem, _validator) : null;

    public void Dispose() => _text.Dispose();

    private async Task<string?> StartCsvAsync(CancellationToken ct)
    {
        var csv = new CsvReader(_text);
        if (await csv.ReadAsync(ct) is not { } header)
        {
            return "The file is empty: a CSV import needs a header row.";
        }
        var (mapper, problem) = CsvRecordMapper.FromHeader(header, _sourceSystem, CsvColumnAliases.Embedded);
        _next = async token =>
        {
            while (await csv.ReadAsync(token) is { } row)
            {
                if (row.Problem is not null)
                {
                    return (row.Line, null, row.Problem);
                }
                if (row.Fields.Any(f => !string.IsNullOrWhiteSpace(f)))
                {
                    var (json, rowProblem) = mapper!.Map(row);
                    return (row.Line, json, rowProblem);
                }
            }
            return null;
        };
        return problem;
    }

    private string? StartJsonLines()
    {
        var lines = new JsonLinesReader(_text);
        _next = async token =>
        {
            if (await lines.ReadAsync(token) is not { } line)
            {
                return null;
            }
            if (line.Text is null)
            {
                return (line.Line, null, line.Problem);
            }
            try
            {
                return (line.Line, JsonDocument.Parse(line.Text, JsonOptions), null);
            }
            catch (JsonException e)
            {
                // The parser's message may quote a character of the line: name only the position.
                return (line.Line, null, $"Malformed JSON at character {e.BytePositionInLine + 1}.");
            }
        };
        return null;
    }
}
