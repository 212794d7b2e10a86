using Mdm.Core.MatchReviews;
using Mdm.Stewardship.Web.Accounts;
using MudBlazor;

namespace Mdm.Stewardship.Web.Reviews;

/// <summary>What the steward is told after pressing Merge or Not a match.</summary>
public static class DecisionMessages
{
    public static (Severity Severity, string Text) For(DecideMatchReviewResult result, MatchReviewComparison? now) =>
        result.Outcome switch
        {
            DecideMatchReviewOutcome.Decided when result.Status == Mdm.Core.Persistence.MatchReviewStatus.Merged => (
                Severity.Success,
                $"Merged: golden record {result.GoldenIds[0]} now holds both. Press J for the next review."
            ),
            DecideMatchReviewOutcome.Decided => (
                Severity.Success,
                "Marked not a match: these two golden records will not be proposed or merged again. Press J for the next review."
            ),
            DecideMatchReviewOutcome.AlreadyDecided => (
                Severity.Warning,
                $"Someone else decided this review first ({now?.Review.Status ?? "closed"}"
                    + (now?.Review.DecidedBy is { } by ? $" by {StewardActor.Display(by)}" : "")
                    + "). Your decision was not applied."
            ),
            _ => (Severity.Error, "This match review no longer exists."),
        };
}
