using System.Security.Claims;
using Mdm.Api.Auth;
using Mdm.Core.Imports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mdm.Api.Endpoints;

/// <summary>The problem answers of the import endpoints.</summary>
internal static class ImportProblems
{
    public static IResult NotStarted(string outcome, string sourceSystem) =>
        outcome switch
        {
            StartImportOutcome.UnknownSourceSystem => SourceRecordProblems.UnknownSourceSystem(sourceSystem),
            StartImportOutcome.TooLarge => TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "File too large",
                detail: "The file is larger than this hub accepts (Imports__MaxFileBytes)."
            ),
            StartImportOutcome.EmptyFile => Invalid("The file is empty."),
            _ => Invalid("Must be a .csv, .jsonl, .ndjson or .json file, or name its format: 'csv' or 'jsonl'."),
        };

    /// <summary>404 for an unknown import, 403 for another system's import read with a bound key; else null.</summary>
    public static IResult? Unreadable(ImportView? import, Guid importId, ClaimsPrincipal user)
    {
        if (import is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Import not found",
                detail: $"No import {importId}."
            );
        }
        return Forbidden(import.SourceSystem, user);
    }

    /// <summary>403 when a key bound to another source system reads this system's import or run; else null.</summary>
    public static IResult? Forbidden(string sourceSystem, ClaimsPrincipal user)
    {
        var caller = Caller.From(user)!;
        return caller.MayNotWrite(sourceSystem) ? SourceRecordProblems.WrongSourceSystem(caller, sourceSystem) : null;
    }

    private static ValidationProblem Invalid(string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { ["file"] = [message] },
            title: "Invalid import file"
        );
}
