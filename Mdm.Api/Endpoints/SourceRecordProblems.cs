using Mdm.Api.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mdm.Api.Endpoints;

/// <summary>The problem answers the source-record endpoints share (used per item in a batch too).</summary>
internal static class SourceRecordProblems
{
    public static ProblemHttpResult WrongSourceSystem(Caller caller, string sourceSystem) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Wrong source system",
            detail: $"This API key may write only '{caller.SourceSystem}' records, not '{sourceSystem}'."
        );

    public static ValidationProblem UnknownSourceSystem(string sourceSystem) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { ["sourceSystem"] = [$"Unknown source system '{sourceSystem}'."] },
            title: "Unknown source system"
        );

    public static ProblemHttpResult NotFound(string sourceSystem, string sourceId) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Source record not found",
            detail: $"No live source record {sourceSystem}/{sourceId}."
        );
}
