using Mdm.Api.Auth;
using Mdm.Api.Infrastructure;
using Mdm.Core.ApiKeys;
using Mdm.Core.Consents;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mdm.Api.Endpoints;

/// <summary>
/// Contract §6: <c>PUT /golden-records/{id}/consents/{purpose}/{channel}</c> <c>{status, capturedAt, source?}</c> records a
/// consent (the latest capture wins); <c>GET /golden-records/{id}/consents</c> the current ones and the history.
/// </summary>
public static class ConsentEndpoints
{
    public static RouteGroupBuilder MapConsentEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/golden-records/{goldenId:guid}/consents").WithTags("Consents");
        group.MapGet("/", GetConsents).RequireAuthorization(Scopes.GoldenRead);
        group.MapPut("/{purpose}/{channel}", RecordConsent).RequireAuthorization(Scopes.ConsentsWrite);
        return api;
    }

    private static async Task<IResult> GetConsents(Guid goldenId, HttpContext http, IMediator mediator) =>
        await mediator.Send(new GetConsents(goldenId), http.RequestAborted) is { } consents
            ? TypedResults.Ok(consents)
            : NotFound();

    private static async Task<IResult> RecordConsent(
        Guid goldenId,
        string purpose,
        string channel,
        HttpContext http,
        IMediator mediator,
        TimeProvider time
    )
    {
        var (document, problem) = await JsonBody.ReadAsync(http.Request);
        if (problem is not null)
        {
            return problem;
        }
        using (document)
        {
            var (statement, errors) = ConsentStatement.Read(purpose, channel, document!.RootElement, time);
            if (statement is null)
            {
                return TypedResults.ValidationProblem(errors, title: "Invalid consent");
            }
            var caller = Caller.From(http.User)!;
            var result = await mediator.Send(new RecordConsent(goldenId, statement, caller.Actor), http.RequestAborted);
            return result.Outcome switch
            {
                RecordConsentOutcome.NotFound => NotFound(),
                RecordConsentOutcome.NotActive => TypedResults.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: "Golden record is not active",
                    detail: "Consents are recorded on active golden records only."
                ),
                _ => TypedResults.Ok(
                    new
                    {
                        goldenId = result.GoldenId,
                        purpose,
                        channel,
                        effective = result.Effective,
                        current = result.Current,
                    }
                ),
            };
        }
    }

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Golden record not found");
}
