namespace Mdm.Core.Persistence;

/// <summary>A caller's key, stored only as a SHA-256 hash.</summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string KeyHash { get; set; }
    public string? SourceSystem { get; set; }
    public string[] Scopes { get; set; } = [];
    public int? RequestsPerMinute { get; set; }
    public bool Bootstrap { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
