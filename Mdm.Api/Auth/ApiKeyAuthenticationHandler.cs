using System.Security.Claims;
using System.Text.Encodings.Web;
using Mdm.Core.ApiKeys;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Mdm.Api.Auth;

/// <summary>Authenticates the <c>X-Api-Key</c> header; 401 and 403 answers are problem details.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IMediator mediator,
    IProblemDetailsService problems
) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
        {
            return AuthenticateResult.NoResult();
        }
        var key = values.ToString();
        if (key.Length > 200)
        {
            return AuthenticateResult.Fail("Unknown API key.");
        }
        var identity = await mediator.Send(new FindApiKey(key), Context.RequestAborted);
        if (identity is null)
        {
            return AuthenticateResult.Fail("Unknown API key.");
        }
        var principal = new ClaimsPrincipal(new ClaimsIdentity(Caller.ToClaims(identity), SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        WriteProblem(
            StatusCodes.Status401Unauthorized,
            "Missing or unknown API key",
            $"Send a valid key in the {HeaderName} header."
        );

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblem(
            StatusCodes.Status403Forbidden,
            "Missing scope",
            "This API key lacks the scope this operation needs."
        );

    private async Task WriteProblem(int status, string title, string detail)
    {
        Response.StatusCode = status;
        await problems.WriteAsync(
            new ProblemDetailsContext
            {
                HttpContext = Context,
                ProblemDetails =
                {
                    Status = status,
                    Title = title,
                    Detail = detail,
                },
            }
        );
    }
}
