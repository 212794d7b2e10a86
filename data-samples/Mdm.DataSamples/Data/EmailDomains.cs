namespace Mdm.DataSamples.Data;

/// <summary>
/// Mail domains, all under the reserved example.com/.org/.net names: subdomains stand in for the big
/// consumer providers so the sample keeps their skew without naming anyone real.
/// </summary>
internal static class EmailDomains
{
    public static readonly RankedList<string> Personal = new(
        WordList.Words(
            """
            gmail.example.com, yahoo.example.com, outlook.example.com, hotmail.example.net,
            icloud.example.com, aol.example.com, comcast.example.net, example.com, example.org,
            example.net, proton.example.org, mail.example.com, att.example.net, verizon.example.net
            """
        ),
        offset: 1
    );

    /// <summary>Microsoft's fictional companies, as employers behind work addresses.</summary>
    public static readonly string[] Employers = WordList.Words(
        "contoso, fabrikam, northwind, tailspin, adventure-works, litware, wingtip, proseware, woodgrove"
    );

    /// <summary>What clerks and web forms type when a customer will not give an email.</summary>
    public static readonly string[] Placeholders = WordList.Words(
        "noemail@example.com, noemail@example.com, none@example.com, no.email@example.com, declined@example.com"
    );
}
