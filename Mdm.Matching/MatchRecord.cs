namespace Mdm.Matching;

/// <summary>
/// The flat, already-normalized view of one source record that the matcher compares.
/// Built with <see cref="Normalization.PersonNormalizer"/>; the matcher never sees raw payloads.
/// </summary>
/// <param name="Key">An opaque identity of the source record (for example <c>ecommerce/WEB-1001</c>).</param>
/// <param name="GivenName">Folded first given name (<c>jose</c>), or null.</param>
/// <param name="FamilyName">Folded family name, multi-part names kept whole (<c>van der berg</c>, <c>garcia lopez</c>), or null.</param>
/// <param name="BirthDate">Birth date, or null.</param>
/// <param name="Emails">Normalized email addresses.</param>
/// <param name="Phones">Phones in E.164.</param>
/// <param name="LoyaltyId">Normalized loyalty id, or null.</param>
/// <param name="PostalCodes">Normalized postal codes of the record's addresses.</param>
public sealed record MatchRecord(
    string Key,
    string? GivenName,
    string? FamilyName,
    DateOnly? BirthDate,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Phones,
    string? LoyaltyId,
    IReadOnlyList<string> PostalCodes
)
{
    /// <summary>Folded middle name or initial, or null.</summary>
    public string? MiddleName { get; init; }

    /// <summary>The formal forms of the given name (<c>bill</c> → <c>william</c>), the name itself included.</summary>
    public IReadOnlyList<string> GivenNameRoots { get; init; } = [];

    /// <summary>Generational suffix: <c>jr</c>, <c>sr</c>, <c>ii</c>, <c>iii</c>, <c>iv</c>, or null.</summary>
    public string? Suffix { get; init; }

    /// <summary><c>m</c>, <c>f</c> or null (unknown, other, not given).</summary>
    public string? Gender { get; init; }

    /// <summary>
    /// The phones (E.164, also in <see cref="Phones"/>) that reach one person: mobile by their number range, or
    /// labelled mobile by the sender where the range cannot tell. A household's landline is not among them.
    /// </summary>
    public IReadOnlyList<string> PersonalPhones { get; init; } = [];

    /// <summary>Normalized postal addresses.</summary>
    public IReadOnlyList<MatchAddress> Addresses { get; init; } = [];

    /// <summary>Other exact identifiers as <c>kind:value</c>.</summary>
    public IReadOnlyList<string> OtherIds { get; init; } = [];
}

/// <summary>A normalized postal address.</summary>
/// <param name="Number">House number (<c>12</c>, <c>12b</c>), or null.</param>
/// <param name="Street">Street name with standard abbreviations, folded (<c>main st</c>, <c>n oak ave</c>), or null.</param>
/// <param name="Unit">Unit (<c>apt 4</c> → <c>4</c>), or null.</param>
/// <param name="City">Folded city, or null.</param>
/// <param name="PostalCode">Compacted postal code, US ZIP+4 cut to five digits, or null.</param>
/// <param name="Country">ISO 3166 alpha-2, or null.</param>
public sealed record MatchAddress(
    string? Number,
    string? Street,
    string? Unit,
    string? City,
    string? PostalCode,
    string? Country
);

/// <summary>A golden record offered to the matcher as a whole: every live source record it holds.</summary>
/// <param name="GoldenId">The golden record's id.</param>
/// <param name="Members">Its live source records, normalized.</param>
public sealed record GoldenCandidate(string GoldenId, IReadOnlyList<MatchRecord> Members);
