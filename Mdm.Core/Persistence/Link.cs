namespace Mdm.Core.Persistence;

public static class LinkClass
{
    public const string Automatic = "automatic";
    public const string Steward = "steward";
}

/// <summary>Ties one live source record to its golden record.</summary>
public sealed class Link
{
    public long SourceRecordId { get; set; }
    public Guid GoldenId { get; set; }
    public required string LinkClass { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
