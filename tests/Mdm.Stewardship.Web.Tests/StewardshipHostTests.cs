using System.Net;
using Mdm.Stewardship.Web.Tests.Infrastructure;

namespace Mdm.Stewardship.Web.Tests;

/// <summary>The steward UI host on Kestrel over a real PostgreSQL: health, sign-in and the overview.</summary>
public sealed class StewardshipHostTests(StewardUiFactory factory) : IClassFixture<StewardUiFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_WithoutSignIn_AnswersOk(string path)
    {
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/reviews")]
    [InlineData("/golden-records")]
    [InlineData("/dashboard")]
    public async Task Page_WhenSignedOut_RedirectsToLoginWithReturnUrl(string path)
    {
        // A plain client: the factory's Kestrel-mode client follows redirects whatever its options say.
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = factory.RootUri };

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
        Assert.Contains(Uri.EscapeDataString(path), response.Headers.Location.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithTheConfiguredAdmin_OpensTheInteractiveApp()
    {
        using var client = await SignIn.ClientAsync(factory, StewardUiFactory.AdminEmail, StewardUiFactory.Password);

        var html = await client.GetStringAsync("/reviews");

        // The page is served (no redirect to the login form) and hands over to the interactive circuit.
        Assert.DoesNotContain("Sign in", html, StringComparison.Ordinal);
        Assert.Contains("_framework/blazor.web.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_StaysOnLoginWithMessageAndNoSession()
    {
        using var client = factory.CreateClient();

        var response = await SignIn.PostLoginAsync(client, StewardUiFactory.AdminEmail, "not-the-password");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("E-mail or password is not right.", html, StringComparison.Ordinal);
        var overview = await client.GetAsync("/");
        Assert.Equal("/account/login", overview.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        using var client = await SignIn.ClientAsync(factory, StewardUiFactory.AdminEmail, StewardUiFactory.Password);
        var page = await client.GetStringAsync("/");
        var token = System.Text.RegularExpressions.Regex.Match(
            page,
            "name=\"__RequestVerificationToken\" value=\"([^\"]+)\""
        );

        using var body = new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            }
        );
        await client.PostAsync("/account/logout", body);

        var after = await client.GetAsync("/");
        Assert.Equal("/account/login", after.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Theory]
    [InlineData(null, "/")]
    [InlineData("reviews", "/reviews")]
    [InlineData("/golden-records/abc", "/golden-records/abc")]
    [InlineData("//evil.example/phish", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    public void SafeReturnUrl_KeepsOnlyLocalPaths(string? returnUrl, string expected) =>
        Assert.Equal(expected, Components.Account.Login.SafeReturnUrl(returnUrl));
}
