namespace Mdm.Core.Persistence;

/// <summary>A remembered POST, so that a replay with the same Idempotency-Key answers as the first time.</summary>
public sealed class IdempotencyEntry
{
    public Guid ApiKeyId { get; set; }
    public required string Key { get; set; }
    public required string RequestHash { get; set; }
    public bool Completed { get; set; }
    public int? StatusCode { get; set; }
    public string? ContentType { get; set; }
    public byte[]? Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
