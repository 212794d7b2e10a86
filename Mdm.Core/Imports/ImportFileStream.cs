using Npgsql;

namespace Mdm.Core.Imports;

/// <summary>
/// An import file read back from its chunks in PostgreSQL as a forward-only stream: one chunk (about 1 MB) in memory
/// at a time, so a reader's memory stays flat for any file size.
/// </summary>
public sealed class ImportFileStream(NpgsqlDataSource dataSource, Guid importId, long length) : Stream
{
    private byte[] _chunk = [];
    private int _chunkNo = -1;
    private int _offset;
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_offset == _chunk.Length)
        {
            if (_position >= length)
            {
                return 0;
            }
            _chunk = await LoadChunkAsync(_chunkNo + 1, cancellationToken);
            _chunkNo++;
            _offset = 0;
        }
        var count = Math.Min(buffer.Length, _chunk.Length - _offset);
        _chunk.AsMemory(_offset, count).CopyTo(buffer);
        _offset += count;
        _position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private async Task<byte[]> LoadChunkAsync(int chunkNo, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT data FROM import_file_chunks WHERE import_id = $1 AND chunk_no = $2"
        );
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = importId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = chunkNo });
        return await command.ExecuteScalarAsync(ct) as byte[] is { Length: > 0 } data
            ? data
            : throw new InvalidDataException($"Import {importId} lacks chunk {chunkNo} of its file.");
    }
}
