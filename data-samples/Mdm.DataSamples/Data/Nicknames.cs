using System.Diagnostics.CodeAnalysis;

namespace Mdm.DataSamples.Data;

/// <summary>Formal given names and the short forms people sign up with (loyalty apps above all).</summary>
internal static class Nicknames
{
    private static readonly Dictionary<string, string[]> ByFormal = WordList
        .Rows(
            """
            William | Bill Will Billy Liam
            Robert | Bob Rob Bobby Robbie
            Elizabeth | Liz Beth Betsy Lizzie Eliza
            Katherine | Kate Katie Kathy
            Catherine | Cathy Cat Kate
            Kathleen | Kathy Kath
            Kathryn | Kate Kathy
            Margaret | Peggy Maggie Meg
            James | Jim Jimmy Jamie
            Michael | Mike Mikey Mick
            Jennifer | Jen Jenny
            Richard | Rick Rich Dick
            Joseph | Joe Joey
            Thomas | Tom Tommy
            Christopher | Chris Topher
            Charles | Charlie Chuck
            Daniel | Dan Danny
            Matthew | Matt
            Anthony | Tony
            Steven | Steve
            Stephen | Steve
            Andrew | Andy Drew
            Kenneth | Ken Kenny
            Timothy | Tim Timmy
            Ronald | Ron Ronnie
            Edward | Ed Eddie Ted
            Jeffrey | Jeff
            Nicholas | Nick Nicky
            Jonathan | Jon
            Gregory | Greg
            Alexander | Alex Xander
            Patrick | Pat
            Samuel | Sam Sammy
            Benjamin | Ben Benny
            Raymond | Ray
            Lawrence | Larry
            Douglas | Doug
            Zachary | Zach
            Nathan | Nate
            Patricia | Pat Patty Trish
            Susan | Sue Susie
            Deborah | Deb Debbie
            Debra | Deb Debbie
            Rebecca | Becky Becca
            Victoria | Vicky Tori
            Christine | Chris Chrissy
            Samantha | Sam Sammie
            Kimberly | Kim
            Pamela | Pam
            Barbara | Barb
            Dorothy | Dot Dottie
            Cynthia | Cindy
            Judith | Judy
            Abigail | Abby
            Theresa | Terry Tess
            Jacqueline | Jackie
            """
        )
        .ToDictionary(row => row[0], row => row[1].Split(' '), StringComparer.Ordinal);

    public static bool TryGet(string formal, [NotNullWhen(true)] out string[]? nicknames) =>
        ByFormal.TryGetValue(formal, out nicknames);
}
