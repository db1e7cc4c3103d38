using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Departments;

namespace PressHelperBot.Domain.Quotas;

// Every registered account has its own weekly frequency (issue 13, item 4): 5 for the
// administration's accounts (Rubtsovsk 2.1, Kozhevnikovo 5), 2 for a subordinate organisation's
// (Amurzet section 2 item 2), editable per account. An account is behind when it carried fewer
// publications than that in the week, and silent after 7 days without one — the frequency part of
// the state rating of official pages.
public static class AccountFrequency
{
    public const int Administration = 5;
    public const int Organisation = 2;
    public const int Max = 50;
    public const int SilentAfterDays = 7;

    public static int Default(DepartmentKind kind) => kind == DepartmentKind.SubordinateOrganisation ? Organisation : Administration;

    // The accounts that exist at `asOf` (the day the count is made: today for a pace check, the
    // Sunday for a finished week), each with what it published in `week` up to `asOf`.
    public static IReadOnlyList<AccountWeek> For(IEnumerable<AccountTarget> accounts, IEnumerable<AccountPublication> publications, Week week, DateOnly asOf)
    {
        var byAccount = publications.Where(p => p.Date <= asOf).GroupBy(p => p.AccountId).ToDictionary(g => g.Key, g => g.ToList());
        return [.. accounts
            .Where(account => account.CreatedOn <= asOf && (account.DeletedOn is null || account.DeletedOn > asOf))
            .OrderBy(account => account.AccountId)
            .Select(account =>
            {
                var own = byAccount.TryGetValue(account.AccountId, out var list) ? list : [];
                DateOnly? last = own.Count > 0 ? own.Max(p => p.Date) : null;
                return new AccountWeek(
                    account.AccountId,
                    account.DepartmentId,
                    account.Frequency,
                    own.Count(p => week.Contains(p.Date)),
                    last,
                    asOf.DayNumber - (last ?? account.CreatedOn).DayNumber,
                    IsNew: account.CreatedOn > week.Start);
            })];
    }
}

public sealed record AccountTarget(int AccountId, int DepartmentId, int Frequency, DateOnly CreatedOn, DateOnly? DeletedOn = null);

public sealed record AccountPublication(int AccountId, DateOnly Date);

public sealed record AccountWeek(int AccountId, int DepartmentId, int Frequency, int Published, DateOnly? LastPublished, int DaysSilent, bool IsNew)
{
    // An account registered during the week is counted from the next one, like a new department.
    public bool IsBehind => !IsNew && Frequency > 0 && Published < Frequency;

    public bool IsSilent => Frequency > 0 && DaysSilent >= AccountFrequency.SilentAfterDays;

    public bool NeedsAttention => IsBehind || IsSilent;

    public int Missing => IsBehind ? Frequency - Published : 0;
}
