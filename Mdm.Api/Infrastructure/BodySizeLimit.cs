using Microsoft.AspNetCore.Http.Features;

namespace Mdm.Api.Infrastructure;

/// <summary>Endpoint metadata: the largest body this endpoint accepts.</summary>
public sealed record BodySizeLimit(long Bytes)
{
    public const long Default = 1024 * 1024;
}

/// <summary>
/// Applies each endpoint's <see cref="BodySizeLimit"/> and answers 413 straight away when Content-Length
/// already says the body is too large (a chunked body is cut off by Kestrel while it is read).
/// </summary>
public sealed class BodySizeLimitMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<BodySizeLimit>()?.Bytes ?? BodySizeLimit.Default;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(
                new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status413PayloadTooLarge,
                        Title = "Request body too large",
                        Detail = $"This endpoint accepts at most {limit} bytes.",
                    },
                }
            );
            return;
        }
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }
        await next(context);
    }
}
