using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Mdm.Api.Tests.Webhooks;

/// <summary>
/// A real HTTP receiver on a free loopback port, recording every request it gets. Paths choose the answer: /ok 200,
/// /no-content 204, /error 500, /gone 410, /redirect 302 to /target, /slow answers after 5 s (the Node receiver,
/// tests/webhook-receiver, verifies with the official library and can hold requests for the killed-worker test).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public sealed record Received(string Path, IHeaderDictionary Headers, string Body);

    private readonly WebApplication _app;

    public ConcurrentQueue<Received> Requests { get; } = new();

    public Uri BaseAddress { get; }

    private WebhookReceiver(WebApplication app, Uri baseAddress) => (_app, BaseAddress) = (app, baseAddress);

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        WebhookReceiver? receiver = null;
        app.Use(
            async (context, next) =>
            {
                using var reader = new StreamReader(context.Request.Body);
                var body = await reader.ReadToEndAsync(context.RequestAborted);
                // A copy: Kestrel reuses a request's header collection once the request is done.
                var headers = new HeaderDictionary(
                    context.Request.Headers.ToDictionary(StringComparer.OrdinalIgnoreCase)
                );
                receiver!.Requests.Enqueue(new Received(context.Request.Path, headers, body));
                await next(context);
            }
        );
        app.MapPost("/ok", () => Results.Ok());
        // Fails the first {times} requests to this path, then accepts: a receiver that is down for a while.
        app.MapPost(
            "/fail-first/{times:int}",
            (int times, HttpContext context) =>
                receiver!.CountCall(context.Request.Path) <= times ? Results.StatusCode(503) : Results.Ok()
        );
        app.MapPost("/no-content", () => Results.NoContent());
        app.MapPost("/error", () => Results.StatusCode(500));
        app.MapPost("/gone", () => Results.StatusCode(410));
        app.MapPost("/redirect", () => Results.Redirect("/target"));
        app.MapPost("/target", () => Results.Ok());
        app.MapPost(
            "/slow",
            async (HttpContext context) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
                return Results.Ok();
            }
        );
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        receiver = new WebhookReceiver(app, new Uri(address.Single()));
        return receiver;
    }

    public Uri Url(string path) => new(BaseAddress, path);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _calls = new();

    private int CountCall(string path) => _calls.AddOrUpdate(path, 1, (_, n) => n + 1);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
