using Mdm.Core.GoldenRecords;

namespace Mdm.Stewardship.Web.Components.GoldenRecords;

/// <summary>What a steward's action did, for the detail page to say (and where to go next, after a split).</summary>
public sealed record GoldenChange(string Message, Guid? NewGoldenId = null)
{
    private const string Gone = "This golden record no longer exists.";
    private const string Inactive =
        "This golden record is no longer active (merged, retired or erased): act on the golden record that holds its source records now.";

    /// <summary>Null when the pin or unpin was done; else what went wrong, in words a steward can act on.</summary>
    public static string? ErrorOf(PinResult result) =>
        result.Outcome switch
        {
            PinOutcome.Done => null,
            PinOutcome.NotFound => Gone,
            PinOutcome.NotActive => Inactive,
            PinOutcome.NotPinned => "That value is not pinned any more.",
            _ => result.Error ?? "The value cannot be pinned.",
        };

    public static string? ErrorOf(SplitResult result) =>
        result.Outcome switch
        {
            SplitOutcome.Split => null,
            SplitOutcome.NotFound => Gone,
            SplitOutcome.NotActive => Inactive,
            SplitOutcome.WouldEmpty => "Every source record was chosen: leave at least one with this golden record.",
            _ => "These source records are no longer linked to this golden record: "
                + string.Join(", ", result.NotMembers.Select(s => ValueText.Source(s.SourceSystem, s.SourceId)))
                + ". Reload the page and choose again.",
        };
}
