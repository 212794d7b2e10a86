using Mdm.Core.ApiKeys;

namespace Mdm.Api.Auth;

public static class ApiKeyAuthExtensions
{
    /// <summary>Policy name for "golden:read or records:write": reading what was sent.</summary>
    public const string ReadSourceRecords = "records:read";

    /// <summary>API-key authentication and one authorization policy per scope (admin satisfies all).</summary>
    public static IServiceCollection AddMdmApiKeyAuth(this IServiceCollection services)
    {
        services
            .AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(
                ApiKeyAuthenticationHandler.SchemeName,
                null
            );
        services
            .AddAuthorizationBuilder()
            .AddScopePolicies()
            .AddPolicy(
                ReadSourceRecords,
                p =>
                    p.RequireAuthenticatedUser()
                        .RequireAssertion(c =>
                            Caller.HasScope(c.User, Scopes.GoldenRead) || Caller.HasScope(c.User, Scopes.RecordsWrite)
                        )
            );
        return services;
    }

    private static Microsoft.AspNetCore.Authorization.AuthorizationBuilder AddScopePolicies(
        this Microsoft.AspNetCore.Authorization.AuthorizationBuilder builder
    )
    {
        foreach (var scope in Scopes.All)
        {
            builder.AddPolicy(
                scope,
                p => p.RequireAuthenticatedUser().RequireAssertion(c => Caller.HasScope(c.User, scope))
            );
        }
        return builder;
    }
}
