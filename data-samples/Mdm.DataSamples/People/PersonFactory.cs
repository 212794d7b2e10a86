using Mdm.DataSamples.Data;
using static System.FormattableString;

namespace Mdm.DataSamples.People;

/// <summary>Makes true persons: a name, a birth date, a home and the contact details that go with them.</summary>
internal sealed class PersonFactory(Random rng, AddressFactory addresses, ContactFactory contacts)
{
    private static readonly (string Sex, double Weight)[] Sexes = [("F", 0.505), ("M", 0.485), ("X", 0.01)];
    private int _issued;

    public string PickSex() => rng.PickWeighted(Sexes);

    public PersonName RandomName(string sex, string? family = null) =>
        new(
            Given: GivenNames.Pick(rng, sex),
            Middle: rng.Chance(0.45) ? GivenNames.Pick(rng, sex) : null,
            Family: family ?? FamilyNames.Pick(rng),
            Suffix: null
        );

    /// <summary>A birth date giving an age between the bounds (inclusive) on the sample's reference date.</summary>
    public DateOnly BirthDateForAge(int minAge, int maxAge) =>
        rng.Between(SampleClock.Today.AddYears(-maxAge - 1).AddDays(1), SampleClock.Today.AddYears(-minAge));

    /// <summary>An adult's birth date, most often middle-aged, as in a retail customer base.</summary>
    public DateOnly AdultBirthDate()
    {
        var age = 18 + (int)((rng.NextDouble() + rng.NextDouble()) / 2 * 70);
        return BirthDateForAge(age, age);
    }

    /// <summary>Someone with no special relationship to anyone else in the sample.</summary>
    public Person CreateSingle(Cohort cohort)
    {
        var sex = PickSex();
        var home = addresses.Create();
        var landline = rng.Chance(0.2) ? contacts.NewPhone(home.City) : null;
        return Create(cohort, sex, RandomName(sex), AdultBirthDate(), home, landline);
    }

    /// <summary>A person at a given home; the email defaults to a fresh personal one.</summary>
    public Person Create(
        Cohort cohort,
        string sex,
        PersonName name,
        DateOnly birthDate,
        Address home,
        Phone? landline,
        string? email = null
    )
    {
        // UK customers get only a landline: the fictional UK mobile range fails libphonenumber validation.
        var isUk = home.City.Country == "GB";
        return new Person
        {
            Id = Invariant($"P{++_issued:D6}"),
            Cohort = cohort,
            Sex = sex,
            Name = name,
            BirthDate = birthDate,
            IsDoctor = rng.Chance(0.03),
            IsMarried = rng.Chance(0.55),
            Address = home,
            Email = email ?? contacts.NewEmail(name, birthDate),
            WorkEmail = rng.Chance(0.2) ? contacts.NewWorkEmail(name) : null,
            Mobile = !isUk && rng.Chance(0.9) ? contacts.NewPhone(home.City) : null,
            Landline = isUk ? landline ?? contacts.NewPhone(home.City) : landline,
        };
    }
}
