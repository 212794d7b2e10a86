namespace Mdm.DataSamples.Model;

/// <summary>Collects one record's values; empty lists and an empty name are left out of the JSON.</summary>
internal sealed class RecordBuilder(string sourceSystem, string sourceId, DateTime updatedAt)
{
    private static readonly NameEntry NoName = new();

    private readonly List<EmailEntry> _emails = [];
    private readonly List<PhoneEntry> _phones = [];
    private readonly List<AddressEntry> _addresses = [];
    private readonly Dictionary<string, string> _attributes = new(StringComparer.Ordinal);
    private readonly List<ConsentEntry> _consents = [];

    public NameEntry? Name { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string? Gender { get; set; }
    public string? LoyaltyId { get; set; }

    public void AddEmail(string address, string? type) => _emails.Add(new EmailEntry(address, type));

    public void AddPhone(string number, string? type, string? country) =>
        _phones.Add(new PhoneEntry(number, type, country));

    public void AddAddress(AddressEntry address) => _addresses.Add(address);

    public void SetAttribute(string key, string value) => _attributes[key] = value;

    /// <summary>A consent captured some time in the two years before the record was last updated.</summary>
    public void CaptureConsent(Random rng, string purpose, string channel, double grantedRate = 0.75)
    {
        var status = rng.Chance(grantedRate) ? "granted" : "revoked";
        var capturedAt = rng.Between(updatedAt.AddYears(-2), updatedAt);
        _consents.Add(new ConsentEntry(purpose, channel, status, SampleClock.Timestamp(capturedAt)));
    }

    public SourceRecord Build() =>
        new(
            sourceSystem,
            sourceId,
            SampleClock.Timestamp(updatedAt),
            Name == NoName ? null : Name,
            NullIfEmpty(_emails),
            NullIfEmpty(_phones),
            NullIfEmpty(_addresses),
            BirthDate is { } date ? SampleClock.Date(date) : null,
            Gender,
            LoyaltyId,
            _attributes.Count == 0 ? null : _attributes,
            NullIfEmpty(_consents)
        );

    private static List<T>? NullIfEmpty<T>(List<T> items) => items.Count == 0 ? null : items;
}
