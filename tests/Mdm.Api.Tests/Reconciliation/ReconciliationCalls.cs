using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests.Reconciliation;

/// <summary>The hub and the extract of the reconciliation tests, and the calls around a run.</summary>
public static class ReconciliationCalls
{
    /// <summary>A person per source id, distinct enough that no two match.</summary>
    public static readonly IReadOnlyDictionary<string, object> People = new Dictionary<string, object>
    {
        ["A"] = ApiCalls.Person("Alice", "Anders", "alice.anders@example.com"),
        ["B"] = ApiCalls.Person("Bruno", "Berg", "bruno.berg@example.com"),
        ["C"] = ApiCalls.Person("Carla", "Cruz", "carla.cruz@example.com"),
        ["D"] = ApiCalls.Person("Dmitri", "Dahl", "dmitri.dahl@example.com"),
        ["E"] = ApiCalls.Person("Emma", "Ek", "emma.ek@example.com"),
        ["F"] = ApiCalls.Person("Farid", "Faroukh", "farid.faroukh@example.com"),
    };

    /// <summary>The hub holds A, B, C, D for crm and E for pos; returns the golden id per source id.</summary>
    public static async Task<Dictionary<string, string>> SeedHub(this HttpClient admin)
    {
        var golden = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (system, id) in new[] { ("crm", "A"), ("crm", "B"), ("crm", "C"), ("crm", "D"), ("pos", "E") })
        {
            var put = await (await admin.PutRecord(system, id, People[id])).Expect(HttpStatusCode.OK);
            golden[id] = put["goldenId"]!.GetValue<string>();
        }
        return golden;
    }

    /// <summary>crm's extract: A as the hub has it, B with a new e-mail, F new (C and D missing).</summary>
    public static string Extract()
    {
        var drifted = ApiCalls.Person("Bruno", "Berg", "bruno.berg@new.example.com", updatedAt: "2026-02-01T00:00:00Z");
        return string.Join('\n', Line("A", People["A"]), Line("B", drifted), Line("F", People["F"])) + "\n";
    }

    public static string Line(string sourceId, object person)
    {
        var json = JsonSerializer.SerializeToNode(person)!.AsObject();
        json.Insert(0, "sourceId", sourceId);
        foreach (var empty in json.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            json.Remove(empty);
        }
        return json.ToJsonString();
    }

    public static Task<HttpResponseMessage> PostRun(
        this HttpClient client,
        string? sourceSystem,
        string? fileName,
        string content
    )
    {
        var form = new MultipartFormDataContent();
        if (sourceSystem is not null)
        {
            form.Add(new StringContent(sourceSystem), "sourceSystem");
        }
        if (fileName is not null)
        {
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "file", fileName);
        }
        return client.PostAsync("/api/v1/reconciliation/runs", form);
    }

    /// <summary>Starts a run and returns its id (asserting 202 and its Location).</summary>
    public static async Task<string> StartRun(this HttpClient client, string sourceSystem, string content)
    {
        var response = await client.PostRun(sourceSystem, $"{sourceSystem}-extract.jsonl", content);
        var id = (await response.Expect(HttpStatusCode.Accepted))["runId"]!.GetValue<string>();
        Assert.Equal($"/api/v1/reconciliation/runs/{id}", response.Headers.Location?.OriginalString);
        return id;
    }

    /// <summary>Polls <c>GET /reconciliation/runs/{id}</c> until the run completed or failed (at most a minute).</summary>
    public static async Task<JsonNode> WaitForRun(this HttpClient client, string runId, string query = "")
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var run = await (await client.GetAsync($"/api/v1/reconciliation/runs/{runId}{query}")).Expect(
                HttpStatusCode.OK
            );
            if (run["status"]!.GetValue<string>() is "completed" or "failed" || DateTime.UtcNow > deadline)
            {
                return run;
            }
            await Task.Delay(100);
        }
    }

    /// <summary>The counts as (inSourceOnly, inMdmOnly, drifted, matched, failed).</summary>
    public static (long, long, long, long, long) Counts(this JsonNode run)
    {
        var c = run["counts"]!;
        long Get(string name) => c[name]!.GetValue<long>();
        return (Get("inSourceOnly"), Get("inMdmOnly"), Get("drifted"), Get("matched"), Get("failed"));
    }

    /// <summary>The items as "sourceId:outcome", in the order given.</summary>
    public static IEnumerable<string> Items(this JsonNode run) =>
        run["items"]!.AsArray().Select(i => $"{i!["sourceId"]}:{i["outcome"]}");
}
