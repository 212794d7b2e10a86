using System.Net;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests;

/// <summary>Issue #2 item 8: simultaneous PUTs of one person from different systems must not both create a golden record.</summary>
public sealed class ConcurrentIngestTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    private const int Rounds = 30;
    private static readonly string[] Systems = ["ecommerce", "pos", "loyalty", "crm", "erp"];

    // Thirty people who do not resemble each other, so each round is about one person only.
    private static readonly string[] GivenNames =
    [
        "Ada",
        "Bruno",
        "Chiara",
        "Dmitri",
        "Esme",
        "Farid",
        "Greta",
        "Hugo",
        "Ines",
        "Jonas",
        "Kaito",
        "Lucia",
        "Mateo",
        "Nadia",
        "Omar",
        "Priya",
        "Quentin",
        "Rosa",
        "Soren",
        "Tamsin",
        "Umar",
        "Vera",
        "Wendell",
        "Xenia",
        "Yusuf",
        "Zora",
        "Anselm",
        "Beatrix",
        "Cyrus",
        "Delphine",
    ];
    private static readonly string[] FamilyNames =
    [
        "Abernathy",
        "Bjornsson",
        "Castellanos",
        "Dvorak",
        "Eriksen",
        "Fontaine",
        "Gallagher",
        "Haddad",
        "Ivanova",
        "Jablonski",
        "Kowalczyk",
        "Lindqvist",
        "Moreau",
        "Nakamura",
        "Okonkwo",
        "Petrakis",
        "Quiroga",
        "Rasmussen",
        "Sandoval",
        "Takahashi",
        "Underwood",
        "Valentin",
        "Whitlock",
        "Xiong",
        "Yamamoto",
        "Zielinski",
        "Albrecht",
        "Brennan",
        "Cavanagh",
        "Drummond",
    ];

    [Fact]
    public async Task ParallelPuts_OfOnePersonFromDifferentSystems_EndInExactlyOneGoldenRecord()
    {
        using var clients = new ClientPool(Factory, Systems.Length);
        for (var round = 0; round < Rounds; round++)
        {
            var email = $"person{round}@example.com";
            using var start = new ManualResetEventSlim();
            var puts = Systems
                .Select(
                    (system, i) =>
                        Task.Run(async () =>
                        {
                            start.Wait();
                            var person = ApiCalls.Person(
                                GivenNames[round],
                                FamilyNames[round],
                                i % 2 == 0 ? email : email.ToUpperInvariant()
                            );
                            return await (await clients[i].PutRecord(system, $"R{round}", person)).Expect(
                                HttpStatusCode.OK
                            );
                        })
                )
                .ToList();
            start.Set();
            var results = await Task.WhenAll(puts);

            var goldenIds = results.Select(r => r["goldenId"]!.GetValue<string>()).Distinct().ToList();
            Assert.Single(goldenIds);
            Assert.Single(results, r => r["outcome"]!.GetValue<string>() == "created");
        }
        Assert.Equal(Rounds, await Factory.CountAsync("SELECT count(*) FROM golden_records WHERE status = 'active'"));
        Assert.Equal(Rounds * Systems.Length, await Factory.CountAsync("SELECT count(*) FROM links"));
    }

    [Fact]
    public async Task ParallelPuts_OfOnePersonSharingOnlyNameAndBirthDate_EndInExactlyOneGoldenRecord()
    {
        using var clients = new ClientPool(Factory, Systems.Length);
        for (var round = 0; round < Rounds; round++)
        {
            using var start = new ManualResetEventSlim();
            var puts = Systems
                .Select(
                    (system, i) =>
                        Task.Run(async () =>
                        {
                            start.Wait();
                            // Different emails and no phone: only the fuzzy key (name sound + birth date) is shared.
                            var person = new
                            {
                                name = new { given = GivenNames[round], family = FamilyNames[round] },
                                birthDate = $"19{60 + round}-0{1 + (round % 9)}-1{round % 10}",
                                emails = new[] { new { address = $"{system}.{round}@example.com" } },
                            };
                            return await (await clients[i].PutRecord(system, $"F{round}", person)).Expect(
                                HttpStatusCode.OK
                            );
                        })
                )
                .ToList();
            start.Set();
            var results = await Task.WhenAll(puts);

            Assert.Single(results.Select(r => r["goldenId"]!.GetValue<string>()).Distinct());
            Assert.Single(results, r => r["outcome"]!.GetValue<string>() == "created");
        }
    }

    /// <summary>One HTTP client (so one connection) per concurrent caller, as separate channel systems would be.</summary>
    private sealed class ClientPool(MdmApiFactory factory, int size) : IDisposable
    {
        private readonly HttpClient[] _clients = Enumerable.Range(0, size).Select(_ => factory.AdminClient()).ToArray();

        public HttpClient this[int index] => _clients[index];

        public void Dispose()
        {
            foreach (var client in _clients)
            {
                client.Dispose();
            }
        }
    }
}
