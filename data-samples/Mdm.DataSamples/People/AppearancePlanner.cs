using Mdm.DataSamples.Data;

namespace Mdm.DataSamples.People;

/// <summary>One source record to be: which system holds the person, as of when, and what it knew then.</summary>
internal sealed record Appearance(Person Person, string System, DateTime UpdatedAt);

/// <summary>
/// Decides where each person turns up. Most people are known to one or two systems; a person's older
/// records carry the values from before a move or email change, the newer ones the current values.
/// </summary>
internal sealed class AppearancePlanner(Random rng)
{
    private static readonly (string System, double Weight)[] Reach =
    [
        ("ecommerce", 0.32),
        ("pos", 0.26),
        ("loyalty", 0.2),
        ("crm", 0.13),
        ("erp", 0.09),
    ];
    private static readonly (int Count, double Weight)[] SystemCounts = [(1, 0.36), (2, 0.32), (3, 0.2), (4, 0.12)];

    // Cashiers key zeros to get past a mandatory phone prompt. Kept rare: it is junk, not a pattern.
    private static readonly Phone ZeroPhone = new("US", "1", ["000", "000", "0000"]);
    private int _zeroPhonesLeft = 10;

    public List<Appearance> Plan(Person person)
    {
        var systems = PickSystems(person.Cohort);
        // A few people hold two accounts in one system (guest checkout, a second loyalty card).
        if (rng.Chance(0.03) && systems.Exists(s => s != "erp"))
        {
            systems.Add(rng.Pick(systems.Where(s => s != "erp").ToList()));
        }
        var times = systems.Select(_ => rng.Between(SampleClock.ActivityStart, SampleClock.Now)).Order().ToList();
        var firstCurrent = systems.Count == 1 ? 0 : rng.Next(1, systems.Count);

        var plan = new List<Appearance>(systems.Count);
        for (var i = 0; i < systems.Count; i++)
        {
            var seen = i < firstCurrent ? person.AsBeforeChange() : person;
            if (person.Cohort == Cohort.Placeholder)
            {
                seen = WithPlaceholders(seen, systems[i]);
            }
            plan.Add(new Appearance(seen, systems[i], times[i]));
        }
        return plan;
    }

    private List<string> PickSystems(Cohort cohort)
    {
        // A move or email change only shows when two systems that store addresses and emails see it;
        // placeholders come from the systems with mandatory contact fields.
        var pool = Reach
            .Where(s =>
                cohort switch
                {
                    Cohort.Moved or Cohort.ChangedEmail => s.System != "pos",
                    Cohort.Placeholder => s.System is "pos" or "ecommerce" or "crm",
                    _ => true,
                }
            )
            .ToList();
        var minimum = cohort is Cohort.Moved or Cohort.ChangedEmail ? 2 : 1;
        var count = Math.Min(pool.Count, Math.Max(minimum, rng.PickWeighted(SystemCounts)));

        var picked = new List<string>(count);
        while (picked.Count < count)
        {
            var system = rng.PickWeighted(pool);
            picked.Add(system);
            pool.RemoveAll(s => s.System == system);
        }
        return picked;
    }

    private Person WithPlaceholders(Person person, string system)
    {
        if (system == "pos" && _zeroPhonesLeft > 0)
        {
            _zeroPhonesLeft--;
            return person with { Mobile = ZeroPhone };
        }
        return person with { Email = rng.Pick(EmailDomains.Placeholders) };
    }
}
