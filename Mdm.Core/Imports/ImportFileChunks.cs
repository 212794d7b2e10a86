using Mdm.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Imports;

/// <summary>Writes an uploaded file into <c>import_file_chunks</c> as it arrives, never holding more than one chunk.</summary>
internal static class ImportFileChunks
{
    public const int ChunkSize = 1024 * 1024;

    /// <summary>The bytes written; -1 when the file is larger than <paramref name="maxBytes"/> (then stopped there).</summary>
    public static async Task<long> WriteAsync(
        MdmDbContext db,
        Guid importId,
        Stream content,
        long maxBytes,
        CancellationToken ct
    )
    {
        var buffer = new byte[ChunkSize];
        long total = 0;
        for (var chunkNo = 0; ; chunkNo++)
        {
            var read = await content.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
            if (read == 0)
            {
                return total;
            }
            total += read;
            if (total > maxBytes)
            {
                return -1;
            }
            var data = read == buffer.Length ? buffer : buffer[..read];
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO import_file_chunks (import_id, chunk_no, data) VALUES ({importId}, {chunkNo}, {data})",
                ct
            );
        }
    }
}
