namespace Mdm.DataSamples.People;

/// <summary>The special case a person was generated as; named in truth.csv so results can be sliced by it.</summary>
internal enum Cohort
{
    Plain,
    Household,
    Twin,
    JuniorSenior,
    Moved,
    ChangedEmail,
    Placeholder,
}

internal static class CohortExtensions
{
    public static string Tag(this Cohort cohort) =>
        cohort switch
        {
            Cohort.Plain => "plain",
            Cohort.Household => "household",
            Cohort.Twin => "twin",
            Cohort.JuniorSenior => "junior-senior",
            Cohort.Moved => "moved",
            Cohort.ChangedEmail => "changed-email",
            Cohort.Placeholder => "placeholder",
            _ => throw new ArgumentOutOfRangeException(nameof(cohort), cohort, null),
        };
}
