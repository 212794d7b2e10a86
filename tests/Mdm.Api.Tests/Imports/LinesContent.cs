using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Mdm.Api.Tests.Imports;

/// <summary>
/// An upload written line by line as it is sent, never held whole: the file part of a large import. Its length is
/// counted beforehand by enumerating the lines once, so the request carries a Content-Length.
/// </summary>
public sealed class LinesContent : HttpContent
{
    private readonly IEnumerable<string> _lines;

    public LinesContent(IEnumerable<string> lines)
    {
        _lines = lines;
        Length = lines.Sum(l => (long)Encoding.UTF8.GetByteCount(l));
        Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
    }

    public long Length { get; }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        foreach (var line in _lines)
        {
            await writer.WriteAsync(line);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = Length;
        return true;
    }
}
