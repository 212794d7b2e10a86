using System.Text.Json;
using Mdm.Api.Auth;
using Mdm.Api.Infrastructure;
using Mdm.Core.ApiKeys;
using Mdm.Core.SourceRecords;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mdm.Api.Endpoints;

/// <summary>Contract §3: one source record at a time.</summary>
public static class SourceRecordEndpoints
{
    public static RouteGroupBuilder MapSourceRecordEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/source-records").WithTags("Source records");
        group
            .MapPut("/{sourceSystem}/{sourceId}", PutSourceRecord)
            .RequireAuthorization(Scopes.RecordsWrite)
            .Accepts<SourceRecordPayload>("application/json")
            .Produces<IngestResult>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group
            .MapGet("/{sourceSystem}/{sourceId}", GetSourceRecord)
            .RequireAuthorization(ApiKeyAuthExtensions.ReadSourceRecords);
        group.MapDelete("/{sourceSystem}/{sourceId}", DetachSourceRecord).RequireAuthorization(Scopes.RecordsWrite);
        group.MapBatchEndpoint();
        return api;
    }

    private static async Task<IResult> PutSourceRecord(
        string sourceSystem,
        string sourceId,
        HttpContext http,
        SourceRecordValidator validator,
        IMediator mediator
    )
    {
        var caller = Caller.From(http.User)!;
        if (caller.MayNotWrite(sourceSystem))
        {
            return SourceRecordProblems.WrongSourceSystem(caller, sourceSystem);
        }
        var identityErrors = SourceRecordValidator.ValidateIdentity(sourceSystem, sourceId);
        if (identityErrors.Count > 0)
        {
            return TypedResults.ValidationProblem(identityErrors, title: "Invalid source record identity");
        }
        var (document, problem) = await JsonBody.ReadSourceRecordAsync(http.Request, validator, identityInPath: true);
        if (problem is not null)
        {
            return problem;
        }
        using (document)
        {
            var payload = SourceRecordJson.Read(document!.RootElement, sourceSystem, sourceId);
            var result = await mediator.Send(
                new IngestSourceRecord(document.RootElement, payload, caller.Actor),
                http.RequestAborted
            );
            return result.Outcome == IngestOutcome.UnknownSourceSystem
                ? SourceRecordProblems.UnknownSourceSystem(sourceSystem)
                : TypedResults.Ok(result);
        }
    }

    private static async Task<Results<Ok<SourceRecordView>, ProblemHttpResult>> GetSourceRecord(
        string sourceSystem,
        string sourceId,
        IMediator mediator,
        CancellationToken ct
    )
    {
        var found = await mediator.Send(new GetSourceRecord(sourceSystem, sourceId), ct);
        return found is null ? SourceRecordProblems.NotFound(sourceSystem, sourceId) : TypedResults.Ok(found);
    }

    private static async Task<IResult> DetachSourceRecord(
        string sourceSystem,
        string sourceId,
        HttpContext http,
        IMediator mediator
    )
    {
        var caller = Caller.From(http.User)!;
        if (caller.MayNotWrite(sourceSystem))
        {
            return SourceRecordProblems.WrongSourceSystem(caller, sourceSystem);
        }
        var result = await mediator.Send(
            new DetachSourceRecord(sourceSystem, sourceId, caller.Actor),
            http.RequestAborted
        );
        return result.GoldenId is { } goldenId
            ? TypedResults.Ok(
                new
                {
                    sourceSystem,
                    sourceId,
                    goldenId,
                    goldenStatus = result.GoldenStatus,
                }
            )
            : SourceRecordProblems.NotFound(sourceSystem, sourceId);
    }
}
