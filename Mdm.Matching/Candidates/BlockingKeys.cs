using System.Globalization;
using Mdm.Matching.Normalization;
using Mdm.Matching.Scoring;

namespace Mdm.Matching.Candidates;

/// <summary>
/// The keys a record can be found under. Several independent keys (identifiers; family or given name sound with the
/// birth date; name sound with the postal code; the address; the whole name) so that a typo in any one attribute still
/// leaves other keys that meet. Also the keys locked while a decision about the record is made.
/// </summary>
public static class BlockingKeys
{
    public static IReadOnlyList<string> For(MatchRecord r)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var email in r.Emails.Where(e => !GenericValues.IsPlaceholder(e)))
        {
            keys.Add("e:" + email);
        }
        foreach (var phone in r.Phones.Where(p => !GenericValues.IsPlaceholder(p)))
        {
            keys.Add("p:" + phone);
        }
        foreach (var email in r.Emails.Where(e => !GenericValues.IsPlaceholder(e)))
        {
            // The mailbox name alone survives a mistyped or changed domain.
            var at = email.IndexOf('@', StringComparison.Ordinal);
            if (at >= 4)
            {
                keys.Add("el:" + email[..at]);
            }
        }
        if (r.LoyaltyId is { } loyalty)
        {
            keys.Add("l:" + loyalty);
        }
        foreach (var id in r.OtherIds)
        {
            keys.Add("o:" + id);
        }
        AddNameKeys(r, keys);
        return keys.Order(StringComparer.Ordinal).ToList();
    }

    private static void AddNameKeys(MatchRecord r, HashSet<string> keys)
    {
        var family = r.FamilyName is { } f ? Phonetic.Encode(f) : null;
        var givens = GivenSounds(r);
        var initial = r.GivenName is { Length: > 0 } g ? g[..1] : null;
        foreach (var date in BirthDates(r))
        {
            if (family is not null)
            {
                keys.Add($"fd:{family}|{date}");
            }
            foreach (var given in givens)
            {
                keys.Add($"gd:{given}|{date}");
            }
        }
        if (family is not null && initial is not null && r.BirthDate is { } born)
        {
            keys.Add(string.Create(CultureInfo.InvariantCulture, $"fy:{family}|{initial}|{born.Year}"));
        }
        if (r.BirthDate is { } birth)
        {
            // A slip in the year, in both names' spelling, or in the family name with the year kept.
            var monthDay = birth.ToString("MMdd", CultureInfo.InvariantCulture);
            if (family is not null)
            {
                keys.Add($"fm:{family}|{monthDay}");
            }
            if (initial is not null && r.FamilyName is { Length: > 0 } familyName)
            {
                keys.Add($"ii:{initial}{familyName[0]}|{birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}");
                foreach (var given in givens)
                {
                    keys.Add(string.Create(CultureInfo.InvariantCulture, $"gy:{given}|{familyName[0]}|{birth.Year}"));
                }
            }
        }
        foreach (var area in Areas(r))
        {
            if (family is not null)
            {
                keys.Add($"fz:{family}|{area}");
            }
            foreach (var given in givens)
            {
                keys.Add($"gz:{given}|{area}");
            }
        }
        foreach (var address in r.Addresses.Where(a => a.Number is not null && a.PostalCode is not null))
        {
            keys.Add($"as:{address.PostalCode}|{address.Number}");
        }
        if (family is not null)
        {
            // Order-free, so "SMITH JOHN" typed the other way round still meets "JOHN SMITH".
            foreach (var given in givens)
            {
                var (first, second) = string.CompareOrdinal(family, given) <= 0 ? (family, given) : (given, family);
                keys.Add($"fg:{first}|{second}");
            }
        }
        if (r.BirthDate is { } bornOn)
        {
            // The birth date alone: rare enough among golden records to rank, and all a record may share.
            keys.Add("d:" + bornOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        }
    }

    private static List<string> GivenSounds(MatchRecord r)
    {
        var sounds = new List<string>(r.GivenNameRoots.Count + 1);
        foreach (var name in r.GivenNameRoots.Append(r.GivenName).OfType<string>())
        {
            var sound = Phonetic.Encode(name);
            if (sound.Length > 0 && !sounds.Contains(sound, StringComparer.Ordinal))
            {
                sounds.Add(sound);
            }
        }
        return sounds;
    }

    // The date and its day/month swap, so a swapped date still meets its original.
    private static IEnumerable<string> BirthDates(MatchRecord r)
    {
        if (r.BirthDate is not { } d)
        {
            yield break;
        }
        yield return d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        if (d.Day <= 12 && d.Day != d.Month)
        {
            yield return new DateOnly(d.Year, d.Day, d.Month).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        }
    }

    private static IEnumerable<string> Areas(MatchRecord r) =>
        r
            .Addresses.Select(a => a.PostalCode ?? (a.City is null ? null : "c=" + a.City))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
}
