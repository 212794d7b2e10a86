using Mdm.Core.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace Mdm.Stewardship.Web.Accounts;

/// <summary>Cookie sign-in with ASP.NET Core Identity accounts in PostgreSQL, and the role policies.</summary>
public static class StewardAuthExtensions
{
    public static IServiceCollection AddMdmStewardAccounts(this IServiceCollection services)
    {
        services.AddDbContext<StewardIdentityDbContext>(
            (sp, options) => StewardIdentityDbContext.Configure(options, sp.GetRequiredService<NpgsqlDataSource>())
        );
        services
            .AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddIdentityCookies(cookies =>
                cookies.ApplicationCookie?.Configure(o =>
                {
                    o.LoginPath = "/account/login";
                    o.AccessDeniedPath = "/account/access-denied";
                    o.Cookie.Name = "mdm-steward";
                    o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
                    o.ExpireTimeSpan = TimeSpan.FromHours(10);
                    o.SlidingExpiration = true;
                })
            );
        services
            .AddIdentityCore<StewardUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<StewardIdentityDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services
            .AddAuthorizationBuilder()
            .AddPolicy(StewardRoles.CanDecide, p => p.RequireRole(StewardRoles.Steward, StewardRoles.Admin))
            .AddPolicy(StewardRoles.CanAdminister, p => p.RequireRole(StewardRoles.Admin));
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingStewardStateProvider>();
        // A locked or re-roled account loses its session within a minute, on a new page as in an open one.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddSingleton<StewardAccounts>();
        services.AddScoped<StewardGate>();
        services.AddHostedService<StewardAccountSetup>();
        return services;
    }

    /// <summary>Signs out (a POST from the app bar's form, protected by the antiforgery token).</summary>
    public static void MapStewardAccountEndpoints(this WebApplication app) =>
        app.MapPost(
                "/account/logout",
                async (SignInManager<StewardUser> signIn) =>
                {
                    await signIn.SignOutAsync();
                    return Results.LocalRedirect("~/account/login");
                }
            )
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
}
