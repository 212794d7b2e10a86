using Microsoft.AspNetCore.Diagnostics;

namespace Mdm.Api.Infrastructure;

public static class ProblemDetailsSetup
{
    /// <summary>Every 4xx/5xx body is RFC 9457 problem details carrying the correlation id.</summary>
    public static IServiceCollection AddMdmProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o =>
            o.CustomizeProblemDetails = c =>
                c.ProblemDetails.Extensions["correlationId"] = c.HttpContext.TraceIdentifier
        );
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        return services;
    }
}

/// <summary>
/// Kestrel reports an over-long body or a broken request as an exception while the body is read;
/// answer with its status (413, 400) instead of a 500.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext,
        Exception exception,
        CancellationToken cancellationToken
    )
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        httpContext.Response.StatusCode = bad.StatusCode;
        var title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Bad request";
        return await problems.TryWriteAsync(
            new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails = { Status = bad.StatusCode, Title = title },
            }
        );
    }
}
