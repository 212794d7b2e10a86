using Mdm.DataSamples.Data;

namespace Mdm.DataSamples.People;

/// <summary>
/// Builds the true population: mostly unrelated people, plus the cohorts a matcher tends to get wrong —
/// different people who look alike (households, twins, father and son) and one person who looks like
/// two (moved, changed email), and unrelated people sharing junk placeholder values.
/// </summary>
internal sealed class Population(Random rng, PersonFactory people, AddressFactory addresses, ContactFactory contacts)
{
    private static readonly (int Size, double Weight)[] HouseholdSizes = [(2, 0.5), (3, 0.3), (4, 0.2)];

    public List<Person> Build(int size)
    {
        var all = new List<Person>(size);
        int Share(double fraction) => (int)Math.Round(size * fraction, MidpointRounding.AwayFromZero);

        while (all.Count < Share(0.08))
        {
            all.AddRange(Household());
        }
        AddTimes(all, Share(0.01), Twins);
        AddTimes(all, Share(0.01), FatherAndSon);
        AddTimes(all, Share(0.07), Moved);
        AddTimes(all, Share(0.05), ChangedEmail);
        AddTimes(all, Share(0.012), () => [people.CreateSingle(Cohort.Placeholder)]);
        while (all.Count < size)
        {
            all.Add(people.CreateSingle(Cohort.Plain));
        }
        return all;
    }

    private static void AddTimes(List<Person> all, int times, Func<IEnumerable<Person>> create)
    {
        for (var i = 0; i < times; i++)
        {
            all.AddRange(create());
        }
    }

    /// <summary>2-4 different people sharing a family name, a home, a landline and sometimes a mailbox.</summary>
    private List<Person> Household()
    {
        var home = addresses.Create();
        var landline = contacts.NewPhone(home.City);
        var family = FamilyNames.Pick(rng);
        var sharedEmail = rng.Chance(0.35) ? contacts.NewHouseholdEmail(family) : null;
        var givenNames = new HashSet<string>(StringComparer.Ordinal);

        Person Member(string sex, DateOnly birthDate, string? email)
        {
            PersonName name;
            do
            {
                name = people.RandomName(sex, family);
            } while (!givenNames.Add(name.Given));
            return people.Create(Cohort.Household, sex, name, birthDate, home, landline, email);
        }

        var headSex = rng.Chance(0.5) ? "M" : "F";
        var headBirth = people.BirthDateForAge(30, 75);
        var partnerSex = rng.Chance(0.9) ? (headSex == "M" ? "F" : "M") : headSex;
        var size = rng.PickWeighted(HouseholdSizes);
        var members = new List<Person>
        {
            Member(headSex, headBirth, sharedEmail),
            Member(partnerSex, headBirth.AddDays(rng.Next(-2000, 2000)), sharedEmail),
        };
        while (members.Count < size)
        {
            members.Add(Member(people.PickSex(), ChildOrParentBirthDate(headBirth), null));
        }
        return members;
    }

    /// <summary>A grown child when the head is old enough to have one, otherwise an elderly parent.</summary>
    private DateOnly ChildOrParentBirthDate(DateOnly headBirth)
    {
        var child = headBirth.AddYears(rng.Next(20, 36)).AddDays(rng.Next(365));
        return child <= SampleClock.Today.AddYears(-18)
            ? child
            : headBirth.AddYears(-rng.Next(22, 36)).AddDays(rng.Next(365));
    }

    /// <summary>Different given names, same family name, birth date and home.</summary>
    private List<Person> Twins()
    {
        var home = addresses.Create();
        var landline = rng.Chance(0.4) ? contacts.NewPhone(home.City) : null;
        var birthDate = people.BirthDateForAge(18, 45);
        var firstSex = people.PickSex();
        var first = people.RandomName(firstSex);
        string secondSex;
        PersonName second;
        do
        {
            secondSex = people.PickSex();
            second = people.RandomName(secondSex, first.Family);
        } while (second.Given == first.Given);
        return
        [
            people.Create(Cohort.Twin, firstSex, first, birthDate, home, landline),
            people.Create(Cohort.Twin, secondSex, second, birthDate, home, landline),
        ];
    }

    /// <summary>Same full name but for Sr/Jr (which many systems drop), same home, a generation apart.</summary>
    private List<Person> FatherAndSon()
    {
        var home = addresses.Create();
        var landline = rng.Chance(0.7) ? contacts.NewPhone(home.City) : null;
        var name = people.RandomName("M");
        var sonBirth = people.BirthDateForAge(18, 50);
        var fatherBirth = sonBirth.AddYears(-rng.Next(20, 41)).AddDays(-rng.Next(365));
        Person Member(string suffix, DateOnly birthDate)
        {
            var suffixed = name with { Suffix = suffix };
            return people.Create(Cohort.JuniorSenior, "M", suffixed, birthDate, home, landline);
        }

        return [Member("Sr", fatherBirth), Member("Jr", sonBirth)];
    }

    private List<Person> Moved()
    {
        var person = people.CreateSingle(Cohort.Moved);
        return [person with { PreviousAddress = addresses.CreatePrevious(person.Address) }];
    }

    private List<Person> ChangedEmail()
    {
        var person = people.CreateSingle(Cohort.ChangedEmail);
        return [person with { PreviousEmail = contacts.NewEmail(person.Name, person.BirthDate) }];
    }
}
