using System.Net;
using System.Text.RegularExpressions;

namespace Mdm.Stewardship.Web.Tests.Infrastructure;

/// <summary>Signs in through the real login form (antiforgery token included), as a browser would.</summary>
public static partial class SignIn
{
    public static async Task<HttpClient> ClientAsync(StewardUiFactory factory, string email, string password)
    {
        var client = factory.CreateClient();
        var response = await PostLoginAsync(client, email, password);
        if (!response.RequestMessage!.RequestUri!.AbsolutePath.Equals("/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Sign-in of {email} did not reach the overview.");
        }
        return client;
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/account/login");
        var token = TokenField().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException("The login form carries no antiforgery token.");
        }
        using var body = new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
                ["_handler"] = "login",
                ["Input.Email"] = email,
                ["Input.Password"] = password,
            }
        );
        return await client.PostAsync("/account/login", body);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
