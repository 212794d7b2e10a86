using System.Text.Json;
using CsCheck;
using Mdm.Core.GoldenRecords;
using Mdm.Core.SourceRecords;
using Mdm.Testing;

namespace Mdm.Core.Tests.Properties;

/// <summary>Issue #4 item 8: the survivorship result does not depend on the order source records were ingested in.</summary>
public sealed class SurvivorshipOrderProperties
{
    private static readonly DateTimeOffset March = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    // Few values each, so that inputs tie on timestamps and repeat values in other spellings.
    private static readonly DateTimeOffset[] Instants =
    [
        March,
        March.ToOffset(TimeSpan.FromHours(2)),
        March.AddHours(1),
        March.AddDays(-1),
    ];

    private static readonly Gen<string?> Text = Gen.OneOf<string?>(null, "", " ", "Ana", "ANA", "Anna", "Zoë", "Lopez");

    private static readonly Gen<PersonName?> Name = Gen.Select(
            Gen.OneOf<string?>(null, "Mr", "Ms"),
            Text,
            Gen.OneOf<string?>(null, "A", "Maria"),
            Gen.OneOf<string?>(null, "Lopez", "López", "Lopez-Garcia"),
            Gen.OneOf<string?>(null, "Jr"),
            Gen.OneOf<string?>(null, "Ana Lopez", "Ana María López")
        )
        .Select(t => new PersonName
        {
            Prefix = t.Item1,
            Given = t.Item2,
            Middle = t.Item3,
            Family = t.Item4,
            Suffix = t.Item5,
            Full = t.Item6,
        })
        .Null(0.2);

    private static readonly Gen<EmailValue> Email = Gen.Select(
        Gen.OneOf("ana@example.com", "Ana@Example.com", "ana.lopez@mail.com"),
        Gen.OneOf<string?>(null, "personal", "work"),
        (address, type) => new EmailValue(address, type)
    );

    private static readonly Gen<PhoneValue> Phone = Gen.Select(
        Gen.OneOf("(212) 555-0147", "+1 212 555 0147", "212.555.0199", "not a phone"),
        Gen.OneOf<string?>(null, "mobile", "home"),
        Gen.OneOf<string?>(null, "US"),
        (number, type, country) => new PhoneValue(number, type, country)
    );

    private static readonly Gen<AddressValue> Address = Gen.Select(
        Gen.OneOf<string?>(null, "12 Main St", "12 MAIN STREET", "4 Elm Rd"),
        Gen.OneOf<string?>(null, "Apt 4"),
        Gen.OneOf<string?>(null, "Springfield"),
        Gen.OneOf<string?>(null, "62704", "62704-0001"),
        Gen.OneOf<string?>(null, "US"),
        Gen.OneOf<string?>(null, "shipping", "billing"),
        (line1, line2, city, postalCode, country, type) =>
            new AddressValue
            {
                Line1 = line1,
                Line2 = line2,
                City = city,
                PostalCode = postalCode,
                Country = country,
                Type = type,
            }
    );

    private static readonly Gen<IReadOnlyDictionary<string, JsonElement>?> Attributes = Gen.Dictionary(
            Gen.OneOf("tier", "creditTerms", "vip"),
            Gen.OneOf("\"gold\"", "\"silver\"", "true", "1", "null", "\"\"", "[1,2]", "{\"a\":1}").Select(Json)
        )[0, 3]
        .Select(d => (IReadOnlyDictionary<string, JsonElement>)d)
        .Null(0.3);

    private static readonly Gen<ConsentValue> Consent = Gen.Select(
        Gen.OneOf("marketing", "analytics"),
        Gen.OneOf("email", "sms"),
        Gen.OneOf("granted", "revoked"),
        Gen.OneOf(Instants),
        (purpose, channel, status, capturedAt) => new ConsentValue(purpose, channel, status, capturedAt)
    );

    private static readonly (string System, string Id)[] Keys =
    [
        .. new[] { "crm", "pos", "ecommerce", "erp", "loyalty" }.SelectMany(s =>
            new[] { "1", "2", "10" }.Select(id => (s, id))
        ),
    ];

    // The key is set per golden record below; every other field is random.
    private static readonly Gen<SurvivorshipInput> Input = Gen.Select(
        Gen.Select(
            Gen.OneOf(Instants).Nullable(0.2),
            Gen.OneOf(Instants),
            Name,
            Gen.OneOf(new DateOnly(1985, 4, 3), new DateOnly(1985, 3, 4)).Nullable(0.5),
            Gen.OneOf<string?>(null, "", "F", "M", "f")
        ),
        Gen.Select(
            Email.Array[0, 2],
            Phone.Array[0, 2],
            Address.Array[0, 2],
            Gen.OneOf<string?>(null, "LY1", "ly-1", "LY2"),
            Attributes,
            Consent.Array[0, 3]
        ),
        (a, b) =>
            new SurvivorshipInput(
                a.Item2,
                new SourceRecordPayload
                {
                    SourceUpdatedAt = a.Item1,
                    Name = a.Item3,
                    BirthDate = a.Item4,
                    Gender = a.Item5,
                    Emails = b.Item1.Length == 0 ? null : b.Item1,
                    Phones = b.Item2.Length == 0 ? null : b.Item2,
                    Addresses = b.Item3.Length == 0 ? null : b.Item3,
                    LoyaltyId = b.Item4,
                    Attributes = b.Item5,
                    Consents = b.Item6.Length == 0 ? null : b.Item6,
                }
            )
    );

    // 1-6 source records of one golden record (distinct keys, as in the database), and three other orders of them.
    private static readonly Gen<(SurvivorshipInput[] Inputs, SurvivorshipInput[][] Orders)> InputsAndOrders =
        Gen.Shuffle(Keys, 1, 6)
            .SelectMany(keys =>
                Input
                    .Array[keys.Length]
                    .Select(inputs =>
                        inputs
                            .Select(
                                (input, i) =>
                                    input with
                                    {
                                        Payload = input.Payload with
                                        {
                                            SourceSystem = keys[i].System,
                                            SourceId = keys[i].Id,
                                        },
                                    }
                            )
                            .ToArray()
                    )
            )
            .SelectMany(inputs => Gen.Shuffle(inputs).Array[3].Select(orders => (inputs, orders)));

    /// <summary>
    /// Protects order independence: a golden record recomputed after its source records arrived (or were loaded) in
    /// another order must get the same values, lineage included. Fails on any tie-break that falls back to input
    /// order (a stable sort without a last key, a first-seen wins among equal values).
    /// </summary>
    [Fact]
    public Task Compute_AnyOrderOfTheSameInputs_GivesTheSameSerializedResult() =>
        PropertyRuns.Check(
            InputsAndOrders,
            t =>
            {
                var expected = Serialize(t.Inputs);
                foreach (var order in t.Orders)
                {
                    Assert.Equal(expected, Serialize(order));
                }
            },
            iter: 2_000,
            print: t => string.Join('\n', t.Inputs.Select(i => JsonSerializer.Serialize(i, SourceRecordJson.Options)))
        );

    private static string Serialize(IReadOnlyList<SurvivorshipInput> inputs) =>
        JsonSerializer.Serialize(Survivorship.Compute(inputs), SourceRecordJson.Options);

    private static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
