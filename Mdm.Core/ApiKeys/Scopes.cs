namespace Mdm.Core.ApiKeys;

/// <summary>What an API key may do (contract §2). <see cref="Admin"/> includes every other scope.</summary>
public static class Scopes
{
    public const string RecordsWrite = "records:write";
    public const string GoldenRead = "golden:read";
    public const string ReviewsWrite = "reviews:write";
    public const string ConsentsWrite = "consents:write";
    public const string SubscriptionsManage = "subscriptions:manage";
    public const string Admin = "admin";

    public static IReadOnlySet<string> All { get; } =
        new HashSet<string>(
            [RecordsWrite, GoldenRead, ReviewsWrite, ConsentsWrite, SubscriptionsManage, Admin],
            StringComparer.Ordinal
        );
}
