namespace Mdm.Core.Persistence;

/// <summary>
/// A consent told to the hub for a golden record itself (the consent endpoint), not carried by a source record: an input
/// of the golden record's consents like a pin is of its values. Only the latest captured per purpose and channel is kept
/// here; every one received stays in <see cref="ConsentHistoryEntry"/>.
/// </summary>
public sealed class DirectConsent
{
    public Guid GoldenId { get; set; }
    public required string Purpose { get; set; }
    public required string Channel { get; set; }
    public required string Status { get; set; }
    public DateTimeOffset CapturedAt { get; set; }
    public required string Source { get; set; }
    public required string RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
