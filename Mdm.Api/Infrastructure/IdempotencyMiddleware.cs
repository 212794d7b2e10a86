using System.Security.Cryptography;
using Mdm.Api.Auth;
using Mdm.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Api.Infrastructure;

/// <summary>
/// <c>Idempotency-Key</c> on POST (contract §3): the first request's response is stored per API key; a replay gets
/// it back, the same key with another body gets 422, and a duplicate arriving while the first runs gets 409.
/// A first attempt that failed with 5xx is forgotten so the caller can retry.
/// </summary>
public sealed class IdempotencyMiddleware(
    RequestDelegate next,
    IDbContextFactory<MdmDbContext> dbFactory,
    IProblemDetailsService problems,
    TimeProvider time
)
{
    public const string HeaderName = "Idempotency-Key";
    private static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(5);

    public async Task InvokeAsync(HttpContext context)
    {
        var key = context.Request.Headers[HeaderName].ToString();
        var caller = Caller.From(context.User);
        if (!HttpMethods.IsPost(context.Request.Method) || key.Length == 0 || caller is null)
        {
            await next(context);
            return;
        }
        if (key.Length > 200)
        {
            await Problem(
                context,
                StatusCodes.Status400BadRequest,
                "Invalid Idempotency-Key",
                "Use at most 200 characters."
            );
            return;
        }
        var hash = await RequestHashAsync(context.Request);
        var existing = await ClaimAsync(caller.KeyId, key, hash, context.RequestAborted);
        switch (existing)
        {
            case null:
                await RunAndRememberAsync(context, caller.KeyId, key);
                break;
            case { RequestHash: var stored } when stored != hash:
                await Problem(
                    context,
                    StatusCodes.Status422UnprocessableEntity,
                    "Idempotency-Key reused",
                    "This key was already used with a different request body."
                );
                break;
            case { Completed: false }:
                await Problem(
                    context,
                    StatusCodes.Status409Conflict,
                    "Request in progress",
                    "A request with this Idempotency-Key is still being processed."
                );
                break;
            case var done:
                context.Response.StatusCode = done.StatusCode ?? StatusCodes.Status200OK;
                context.Response.ContentType = done.ContentType;
                context.Response.Headers["Idempotent-Replayed"] = "true";
                await context.Response.Body.WriteAsync(done.Body ?? [], context.RequestAborted);
                break;
        }
    }

    private async Task RunAndRememberAsync(HttpContext context, Guid apiKeyId, string key)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
            await RememberAsync(apiKeyId, key, context.Response, buffer.ToArray());
            buffer.Position = 0;
            await buffer.CopyToAsync(original, CancellationToken.None);
        }
    }

    private async Task RememberAsync(Guid apiKeyId, string key, HttpResponse response, byte[] body)
    {
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        var entries = db.IdempotencyEntries.Where(e => e.ApiKeyId == apiKeyId && e.Key == key);
        if (response.StatusCode >= 500)
        {
            await entries.ExecuteDeleteAsync(CancellationToken.None);
            return;
        }
        await entries.ExecuteUpdateAsync(
            s =>
                s.SetProperty(e => e.Completed, true)
                    .SetProperty(e => e.StatusCode, response.StatusCode)
                    .SetProperty(e => e.ContentType, response.ContentType)
                    .SetProperty(e => e.Body, body),
            CancellationToken.None
        );
    }

    /// <summary>Inserts an in-progress entry and returns null when this request now owns the key, else the entry that holds it.</summary>
    private async Task<IdempotencyEntry?> ClaimAsync(Guid apiKeyId, string key, string hash, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var staleBefore = now - Abandoned;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var inserted = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO idempotency_entries (api_key_id, key, request_hash, completed, created_at)
            VALUES ({apiKeyId}, {key}, {hash}, false, {now})
            ON CONFLICT (api_key_id, key) DO UPDATE SET request_hash = excluded.request_hash, created_at = excluded.created_at
            WHERE idempotency_entries.completed = false AND idempotency_entries.created_at < {staleBefore}
            """,
            ct
        );
        if (inserted == 1)
        {
            return null;
        }
        return await db.IdempotencyEntries.AsNoTracking().SingleAsync(e => e.ApiKeyId == apiKeyId && e.Key == key, ct);
    }

    private static async Task<string> RequestHashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}\n"));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            sha.AppendData(chunk, 0, read);
        }
        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private Task Problem(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return problems
            .WriteAsync(
                new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = status,
                        Title = title,
                        Detail = detail,
                    },
                }
            )
            .AsTask();
    }
}
