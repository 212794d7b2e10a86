namespace Mdm.Core;

/// <summary>Who is acting: an API key (<c>api-key:name</c>), a steward, or the system itself.</summary>
public sealed record Actor(string Name)
{
    public static Actor System { get; } = new("system");

    public static Actor ApiKey(string keyName) => new($"api-key:{keyName}");
}
