namespace Mdm.Core.Persistence;

/// <summary>A channel system that sends source records (ecommerce, pos, …).</summary>
public sealed class SourceSystem
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public bool BuiltIn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
