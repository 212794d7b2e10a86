using System.Text.RegularExpressions;

namespace Mdm.Api.Infrastructure;

/// <summary>Echoes a caller's <c>X-Correlation-Id</c> (or makes one) on every response and in every log line.</summary>
public sealed partial class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public const string HeaderName = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var sent = context.Request.Headers[HeaderName].ToString();
        var id = SafeId().IsMatch(sent) ? sent : Guid.NewGuid().ToString("N");
        context.TraceIdentifier = id;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = id;
            return Task.CompletedTask;
        });
        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = id }))
        {
            await next(context);
        }
    }

    // Anything else is replaced, so a header cannot smuggle text into logs.
    [GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$")]
    private static partial Regex SafeId();
}
