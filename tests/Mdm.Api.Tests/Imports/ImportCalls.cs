using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests.Imports;

/// <summary>Uploads and polling for the import tests.</summary>
public static class ImportCalls
{
    public static Task<HttpResponseMessage> PostImport(
        this HttpClient client,
        string? sourceSystem,
        string? fileName,
        string content,
        bool fileFirst = false
    )
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        if (fileFirst && fileName is not null)
        {
            form.Add(file, "file", fileName);
        }
        if (sourceSystem is not null)
        {
            form.Add(new StringContent(sourceSystem), "sourceSystem");
        }
        if (!fileFirst && fileName is not null)
        {
            form.Add(file, "file", fileName);
        }
        return client.PostAsync("/api/v1/imports", form);
    }

    /// <summary>Starts an import and returns its id (asserting 202 and its Location).</summary>
    public static async Task<string> StartImport(
        this HttpClient client,
        string sourceSystem,
        string fileName,
        string content,
        bool fileFirst = false
    )
    {
        var response = await client.PostImport(sourceSystem, fileName, content, fileFirst);
        var id = (await response.Expect(HttpStatusCode.Accepted))["importId"]!.GetValue<string>();
        Assert.Equal($"/api/v1/imports/{id}", response.Headers.Location?.OriginalString);
        return id;
    }

    /// <summary>Polls <c>GET /imports/{id}</c> until the import completed or failed (at most a minute, or
    /// <paramref name="timeout"/>).</summary>
    public static async Task<JsonNode> WaitForImport(this HttpClient client, string importId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(1));
        while (true)
        {
            var import = await (await client.GetAsync($"/api/v1/imports/{importId}")).Expect(HttpStatusCode.OK);
            var status = import["status"]!.GetValue<string>();
            if (status is "completed" or "failed" || DateTime.UtcNow > deadline)
            {
                return import;
            }
            await Task.Delay(100);
        }
    }

    public static long Count(this JsonNode import, string outcome) => import["counts"]![outcome]!.GetValue<long>();
}
