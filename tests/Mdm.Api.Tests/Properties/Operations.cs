using CsCheck;

namespace Mdm.Api.Tests.Properties;

/// <summary>
/// One step of a random sequence against the API. Steps that choose among what exists (a live source record, an
/// open review, a golden record) hold a number that <see cref="OperationRunner"/> reduces modulo what it finds, so
/// every step does something whatever came before it, and shrinking keeps sequences valid.
/// </summary>
public abstract record Operation
{
    /// <summary>PUT one person's source record in one system: new, or an update with a later <c>sourceUpdatedAt</c>.</summary>
    public sealed record Put(int Person, int System, int Variant) : Operation;

    /// <summary>PUT one of the live source records again exactly as last sent: nothing may change.</summary>
    public sealed record Resend(int Pick) : Operation;

    /// <summary>DELETE (detach) one of the live source records.</summary>
    public sealed record Delete(int Pick) : Operation;

    /// <summary>Decide one of the open match reviews.</summary>
    public sealed record Decide(int Pick, bool Merge) : Operation;

    /// <summary>Split a non-empty proper subset (chosen by <paramref name="Subset"/>) out of a golden record.</summary>
    public sealed record Split(int Pick, int Subset) : Operation;

    /// <summary>Tell one active golden record's e-mail marketing consent through the consent endpoint, captured at hour <paramref name="Hour"/>.</summary>
    public sealed record Consent(int Pick, bool Granted, int Hour) : Operation;
}

/// <summary>The universe of the random sequences and its generators.</summary>
public static class Operations
{
    public static readonly string[] Systems = ["ecommerce", "pos", "loyalty", "crm", "erp"];

    /// <summary>
    /// Six people. The same person in two systems merges automatically. Rosa and Maria share Ana's mailbox and
    /// mobile, as Carl shares Bob's: another given name, so a match review. Dana matches nobody.
    /// </summary>
    public static readonly (string Given, string Family, string Email, string? Phone)[] People =
    [
        ("Ana", "Lopez", "ana@example.com", "(212) 555-0147"),
        ("Rosa", "Lopez", "ana@example.com", "(212) 555-0147"),
        ("Maria", "Lopez", "ana@example.com", "(212) 555-0147"),
        ("Bob", "Stone", "bob.stone@example.com", "(212) 555-0190"),
        ("Carl", "Stone", "bob.stone@example.com", "(212) 555-0190"),
        ("Dana", "Wu", "dana.wu@example.com", "(212) 555-0111"),
    ];

    public const int Variants = 3;

    // Mostly Ana's household, so that short sequences still reach reviews, merges of merges and exclusions.
    private static readonly Gen<int> Person = Gen.Frequency((6, Gen.Int[0, 2]), (2, Gen.Int[3, 4]), (1, Gen.Const(5)));

    private static readonly Gen<Operation> Put = Gen.Select(
        Person,
        Gen.Int[0, Systems.Length - 1],
        Gen.Int[0, Variants - 1],
        (person, system, variant) => (Operation)new Operation.Put(person, system, variant)
    );

    public static readonly Gen<Operation> Any = Gen.Frequency(
        (4, Put),
        (1, Gen.Int[0, 29].Select(pick => (Operation)new Operation.Resend(pick))),
        (1, Gen.Int[0, 29].Select(pick => (Operation)new Operation.Delete(pick))),
        (3, Gen.Select(Gen.Int[0, 29], Gen.Bool, (pick, merge) => (Operation)new Operation.Decide(pick, merge))),
        (
            2,
            Gen.Select(Gen.Int[0, 29], Gen.Int[0, 1023], (pick, subset) => (Operation)new Operation.Split(pick, subset))
        ),
        (
            2,
            Gen.Select(
                Gen.Int[0, 29],
                Gen.Bool,
                Gen.Int[0, 12],
                (pick, granted, hour) => (Operation)new Operation.Consent(pick, granted, hour)
            )
        )
    );

    /// <summary>Up to 12 steps: a few source records first (so later steps have something to act on), then anything.</summary>
    public static readonly Gen<Operation[]> Sequences = Gen.Select(
        Put.Array[2, 5],
        Any.Array[0, 7],
        (a, b) => (Operation[])[.. a, .. b]
    );

    public static string SourceId(int person) => $"P{person}";

    /// <summary>
    /// The body of a PUT: variant 0 as the person is, 1 another family name, a birth date and an e-mail marketing grant,
    /// 2 an address, a loyalty id, an older e-mail marketing revocation and an SMS grant.
    /// </summary>
    public static object Body(Operation.Put put, DateTimeOffset sourceUpdatedAt)
    {
        var (given, family, email, phone) = People[put.Person];
        return new
        {
            sourceUpdatedAt,
            name = new { given, family = put.Variant == 1 ? family + "-Garcia" : family },
            emails = new[] { new { address = email, type = "personal" } },
            phones = phone is null
                ? null
                : new[]
                {
                    new
                    {
                        number = phone,
                        type = "mobile",
                        country = "US",
                    },
                },
            birthDate = put.Variant == 1 ? "1985-04-03" : null,
            loyaltyId = put.Variant == 2 ? $"LY{put.Person:D8}" : null,
            addresses = put.Variant == 2
                ? new[]
                {
                    new
                    {
                        line1 = "12 Main St",
                        city = "Springfield",
                        postalCode = "62704",
                        country = "US",
                        type = "shipping",
                    },
                }
                : null,
            consents = put.Variant switch
            {
                1 => new[] { Consent("email", "granted", sourceUpdatedAt.AddHours(-1)) },
                2 =>
                [
                    Consent("email", "revoked", sourceUpdatedAt.AddHours(-2)),
                    Consent("sms", "granted", sourceUpdatedAt.AddHours(-1)),
                ],
                _ => null,
            },
        };
    }

    private static object Consent(string channel, string status, DateTimeOffset capturedAt) =>
        new
        {
            purpose = "marketing",
            channel,
            status,
            capturedAt,
        };

    public static string Print(Operation[] sequence) => string.Join('\n', sequence.Select((op, i) => $"{i}: {op}"));
}
