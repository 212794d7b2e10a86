namespace Mdm.Matching.Scoring;

/// <summary>The comparisons the engine uses, in explanation order.</summary>
public static class MatchModel
{
    public static IReadOnlyList<Comparison> Comparisons { get; } =
    [
        new GivenNameComparison(),
        new MiddleNameComparison(),
        new FamilyNameComparison(),
        new SuffixComparison(),
        new BirthDateComparison(),
        new GenderComparison(),
        new EmailComparison(),
        new PhoneComparison(),
        new AddressComparison(),
        new IdentifierComparison(),
    ];
}
