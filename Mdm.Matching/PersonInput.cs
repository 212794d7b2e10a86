namespace Mdm.Matching;

/// <summary>
/// One person's raw values as a source system sent them, before any normalization. The input of
/// <see cref="Normalization.PersonNormalizer"/>; callers map their own shapes (API payloads, CSV rows) to it.
/// </summary>
public sealed record PersonInput
{
    /// <summary>An opaque identity of the record (for example <c>ecommerce/WEB-1001</c>).</summary>
    public required string Key { get; init; }

    /// <summary>The whole name as one string, e.g. <c>Mr. John A. Smith Jr.</c> or <c>SMITH, JOHN</c>.</summary>
    public string? FullName { get; init; }
    public string? Prefix { get; init; }
    public string? GivenName { get; init; }
    public string? MiddleName { get; init; }
    public string? FamilyName { get; init; }
    public string? Suffix { get; init; }
    public DateOnly? BirthDate { get; init; }

    /// <summary>As sent: <c>M</c>, <c>female</c>, …</summary>
    public string? Gender { get; init; }

    public IReadOnlyList<string> Emails { get; init; } = [];
    public IReadOnlyList<PhoneInput> Phones { get; init; } = [];
    public IReadOnlyList<AddressInput> Addresses { get; init; } = [];
    public string? LoyaltyId { get; init; }

    /// <summary>Other exact identifiers as <c>kind:value</c> (e.g. a national id in a benchmark).</summary>
    public IReadOnlyList<string> OtherIds { get; init; } = [];
}

/// <summary>A phone as sent, with the country it was captured in (ISO alpha-2, may be null).</summary>
/// <param name="Number">The number as keyed.</param>
/// <param name="Country">ISO alpha-2 of the country it was captured in, or null.</param>
/// <param name="Type">The sender's label (<c>mobile</c>, <c>home</c>, …), or null.</param>
public sealed record PhoneInput(string Number, string? Country, string? Type = null);

/// <summary>A postal address as sent.</summary>
public sealed record AddressInput
{
    public string? Line1 { get; init; }
    public string? Line2 { get; init; }
    public string? City { get; init; }
    public string? Region { get; init; }
    public string? PostalCode { get; init; }

    /// <summary>ISO alpha-2 code or a country name.</summary>
    public string? Country { get; init; }
}
