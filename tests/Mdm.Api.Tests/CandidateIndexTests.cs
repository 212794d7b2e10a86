using System.Net;
using Mdm.Api.Tests.Infrastructure;
using Mdm.Core.Matching;
using Microsoft.Extensions.DependencyInjection;

namespace Mdm.Api.Tests;

/// <summary>The Lucene index is a projection of PostgreSQL: it can be dropped and rebuilt with the same answers.</summary>
public sealed class CandidateIndexTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Rebuild_FromDatabase_GivesTheSameMatchAnswers()
    {
        string[] given = ["Ines", "Agnes", "Jonas", "Priya", "Omar"];
        for (var i = 0; i < given.Length; i++)
        {
            var person = new
            {
                name = new { given = given[i], family = "Haddad" },
                birthDate = $"198{i}-0{i + 1}-1{i}",
                emails = new[] { new { address = $"{given[i].ToLowerInvariant()}.h@example.com" } },
            };
            await (await Admin.PutRecord("crm", $"C-{i}", person)).Expect(HttpStatusCode.OK);
        }
        var probe = ApiCalls.Json(new { name = new { given = "Ines", family = "HADDAD" }, birthDate = "1980-01-10" });
        var before = (
            await (await Admin.PostAsync("/api/v1/golden-records/match", probe)).Expect(HttpStatusCode.OK)
        ).ToJsonString();
        var host = Factory.Services.GetRequiredService<CandidateIndexHost>();

        host.Index.Clear();
        var emptied = await (await Admin.PostAsync("/api/v1/golden-records/match", probe)).Expect(HttpStatusCode.OK);
        await host.RebuildAsync(CancellationToken.None);
        var after = (
            await (await Admin.PostAsync("/api/v1/golden-records/match", probe)).Expect(HttpStatusCode.OK)
        ).ToJsonString();

        Assert.Empty(emptied["candidates"]!.AsArray());
        Assert.Equal(before, after);
        Assert.Contains("\"decision\":\"auto-merge\"", before, StringComparison.Ordinal);
    }
}
