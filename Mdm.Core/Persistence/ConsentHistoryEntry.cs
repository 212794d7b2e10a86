namespace Mdm.Core.Persistence;

/// <summary>
/// One consent as the hub received it, append-only: from a source record (<see cref="SourceSystem"/> and
/// <see cref="SourceId"/> set) or from the consent endpoint. <see cref="Effective"/> says whether it became the golden
/// record's current consent for its purpose and channel when it arrived (an older capture arriving late does not).
/// </summary>
public sealed class ConsentHistoryEntry
{
    public long Id { get; set; }
    public Guid GoldenId { get; set; }
    public required string Purpose { get; set; }
    public required string Channel { get; set; }
    public required string Status { get; set; }
    public DateTimeOffset CapturedAt { get; set; }
    public required string Source { get; set; }
    public string? SourceSystem { get; set; }
    public string? SourceId { get; set; }
    public bool Effective { get; set; }
    public required string RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
