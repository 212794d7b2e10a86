namespace Mdm.Core.Persistence;

/// <summary>
/// One piece (about 1 MB) of an uploaded import file. The file lives in PostgreSQL so that the process that stored
/// it and the worker that reads it need share nothing but the database; the chunks are deleted when the import ends.
/// </summary>
public sealed class ImportFileChunk
{
    public Guid ImportId { get; set; }
    public int ChunkNo { get; set; }
    public required byte[] Data { get; set; }
}
