using System.Text.Json;

namespace Mdm.Core.Persistence;

/// <summary>One customer as one system knows it: the payload verbatim plus its normalized form.</summary>
public sealed class SourceRecord
{
    public long Id { get; set; }
    public required string SourceSystem { get; set; }
    public required string SourceId { get; set; }
    public required JsonDocument Payload { get; set; }
    public required string ContentHash { get; set; }
    public int Version { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? SourceUpdatedAt { get; set; }
    public DateTimeOffset? DetachedAt { get; set; }
    public bool Erased { get; set; }

    public string? GivenName { get; set; }
    public string? FamilyName { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string[] Emails { get; set; } = [];
    public string[] Phones { get; set; } = [];
    public string? LoyaltyId { get; set; }
    public string[] PostalCodes { get; set; } = [];
    public string[] MatchKeys { get; set; } = [];
}
