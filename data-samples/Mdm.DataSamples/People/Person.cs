using Mdm.DataSamples.Data;

namespace Mdm.DataSamples.People;

/// <summary>
/// The true identity behind one or more source records. Systems never see it directly, only their own
/// rendering of it, which is what the truth file lets a matcher be scored against.
/// </summary>
internal sealed record Person
{
    public required string Id { get; init; }
    public required Cohort Cohort { get; init; }

    /// <summary>"M", "F" or "X".</summary>
    public required string Sex { get; init; }
    public required PersonName Name { get; init; }
    public required DateOnly BirthDate { get; init; }
    public bool IsDoctor { get; init; }
    public bool IsMarried { get; init; }

    public required Address Address { get; init; }
    public required string Email { get; init; }
    public string? WorkEmail { get; init; }
    public Phone? Mobile { get; init; }
    public Phone? Landline { get; init; }

    /// <summary>Where a <see cref="Cohort.Moved"/> person lived before; older records still carry it.</summary>
    public Address? PreviousAddress { get; init; }

    /// <summary>The address a <see cref="Cohort.ChangedEmail"/> person used before; older records still carry it.</summary>
    public string? PreviousEmail { get; init; }

    /// <summary>The number a system asking for "a phone" gets.</summary>
    public Phone? PrimaryPhone => Mobile ?? Landline;

    /// <summary>The person as systems last updated before a move or email change saw them.</summary>
    public Person AsBeforeChange() =>
        this with
        {
            Address = PreviousAddress ?? Address,
            Email = PreviousEmail ?? Email,
        };
}

internal sealed record PersonName(string Given, string? Middle, string Family, string? Suffix);

/// <summary>A postal address in full canonical spelling; abbreviating it is a system's habit.</summary>
internal sealed record Address(
    string Number,
    string? Direction,
    string StreetName,
    string StreetType,
    string? UnitKind,
    string? UnitId,
    City City,
    string PostalCode,
    string? ZipPlus4
);

/// <summary>A number as digit groups (["212", "555", "0147"]); punctuation is a system's habit.</summary>
internal sealed record Phone(string Country, string CallingCode, IReadOnlyList<string> Groups)
{
    public string NationalDigits => string.Concat(Groups);
}
