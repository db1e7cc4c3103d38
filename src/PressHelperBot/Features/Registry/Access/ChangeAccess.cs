using PressHelperBot.Domain;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Registry;

// Changes to the access of one account, each as one change with its audit entry: who holds the login,
// whose phone or e-mail it is bound to, 2FA, and "access changed today", which also closes the open
// «сменить доступ» tasks of the account (their cards and reminders then show who and when). Free of
// Telegram: returns null when done, or why not (Russian, for the person).
internal sealed class ChangeAccess(
    AccountRepository accounts,
    RegistryTaskRepository tasks,
    RegistryNotices notices,
    RegistryAudit audit,
    OrgCalendar calendar)
{
    public string? Holder(int accountId, LoginHolder holder, long actorId, string actorName, DateTimeOffset now) =>
        Change(accountId, actorId, actorName, now, "логин у кого", account =>
        {
            var before = InternalRegistry.Holder(account.Access.Holder);
            account.RecordLoginHolder(holder);
            return (before, InternalRegistry.Holder(holder));
        });

    public string? Binding(int accountId, AccountBinding binding, long actorId, string actorName, DateTimeOffset now) =>
        Change(accountId, actorId, actorName, now, "привязка", account =>
        {
            var before = InternalRegistry.Binding(account.Access.Binding);
            account.RecordBinding(binding);
            return (before, InternalRegistry.Binding(binding));
        });

    public string? ToggleTwoFactor(int accountId, long actorId, string actorName, DateTimeOffset now) =>
        Change(accountId, actorId, actorName, now, SecurityChecklist.Label(SecurityItem.TwoFactor), account =>
        {
            account.UpdateChecklist(account.Checklist.Toggle(SecurityItem.TwoFactor));
            return account.Checklist.TwoFactor ? ("нет", "есть") : ("есть", "нет");
        });

    // Returns how many open access tasks it closed, or why it could not record the change.
    public (int Closed, string? Problem) ChangedToday(int accountId, long actorId, string actorName, DateTimeOffset now)
    {
        var today = calendar.Today(now);
        var problem = Change(accountId, actorId, actorName, now, "доступ сменён", account =>
        {
            var before = account.Access.ChangedOn is { } on ? RegistryTexts.Date(on) : "не отмечено";
            account.RecordAccessChanged(today, now, calendar);
            return (before, RegistryTexts.Date(today));
        });
        if (problem is not null)
        {
            return (0, problem);
        }

        var closed = 0;
        foreach (var open in tasks.OfAccount(accountId).Where(t => t.Kind == RegistryTaskKind.AccessChange && !t.IsClosed))
        {
            open.Close(actorId, now);
            if (tasks.TryClose(open))
            {
                notices.TaskClosed(open);
                closed++;
            }
        }
        return (closed, null);
    }

    private string? Change(int accountId, long actorId, string actorName, DateTimeOffset now, string what, Func<Account, (string Before, string After)> change)
    {
        if (accounts.FindForUpdate(accountId) is not { IsActive: true } account)
        {
            return AccessTexts.AccountGone;
        }
        try
        {
            var (before, after) = change(account);
            if (!accounts.TrySaveWhileActive(account))
            {
                return AccessTexts.AccountGone;
            }
            audit.Record(actorId, actorName, now, RegistryAudit.Subject(account, what), before, after);
            return null;
        }
        catch (DomainException e)
        {
            return e.Message;
        }
    }
}
