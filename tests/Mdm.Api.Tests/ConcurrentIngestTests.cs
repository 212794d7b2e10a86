using System.Net;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests;

/// <summary>Issue #2 item 8: simultaneous PUTs of one person from different systems must not both create a golden record.</summary>
public sealed class ConcurrentIngestTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    private const int Rounds = 30;
    private static readonly string[] Systems = ["ecommerce", "pos", "loyalty", "crm", "erp"];

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
                                $"Given{round}",
                                "Family",
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
