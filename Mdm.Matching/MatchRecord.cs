namespace Mdm.Matching;

/// <summary>
/// The flat, already-normalized view of one source record that the matcher compares.
/// Built by the caller with <see cref="Normalization.MatchRecordBuilder"/>; the matcher never sees raw payloads.
/// </summary>
/// <param name="Key">An opaque identity of the source record (for example <c>ecommerce/WEB-1001</c>).</param>
/// <param name="GivenName">Folded given name, or null.</param>
/// <param name="FamilyName">Folded family name, or null.</param>
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
);

/// <summary>A golden record offered to the matcher as a whole: every live source record it holds.</summary>
/// <param name="GoldenId">The golden record's id.</param>
/// <param name="Members">Its live source records, normalized.</param>
public sealed record GoldenCandidate(string GoldenId, IReadOnlyList<MatchRecord> Members);
