using PressHelperBot.Configuration;
using PressHelperBot.Domain;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// The last step of a report: the account is written, a created or deleted event opens a registry
// task (its card goes to the coordinators), a changed responsible person produces the ЦУР notice and
// opens a «сменить доступ» task. All of it, and the audit entry, commits before the answer.
internal sealed class ReportCompletion(
    ConversationStore conversations,
    AccountRepository accounts,
    RegistryTaskRepository tasks,
    RegistryNotices notices,
    RegistryAudit audit,
    RegistrySettings settings,
    OrgCalendar calendar,
    IChatNotifier notifier)
{
    public async Task CompleteAsync(BotContext context, ConversationState state, CancellationToken ct)
    {
        var kind = ReportSteps.KindOf(state);
        Account account;
        AccountEvent accountEvent;
        ResponsiblePerson? previous = null;
        try
        {
            (account, accountEvent, previous) = kind switch
            {
                ReportKind.Created => Register(context, state),
                ReportKind.Deleted => Delete(context, state),
                _ => ChangeResponsible(context, state),
            };
        }
        catch (DomainException e)
        {
            // The account changed meanwhile (deleted by a colleague, same person given twice).
            conversations.End(context.UserId);
            await notifier.SendAsync(context.ChatId, Html.Text(e.Message) + "\n\nГлавное меню: /start", ct: ct);
            return;
        }

        var task = RegistryTask.IsNeededFor(accountEvent.Kind)
            ? RegistryTask.Open(account.Id, account.DepartmentId, accountEvent, settings.RegistryDeadlineMode, context.Now, calendar)
            : RegistryTask.OpenAccessChange(account.Id, account.DepartmentId, accountEvent, settings.AccessChangeDays, settings.RegistryDeadlineMode, context.Now, calendar);
        tasks.Add(task);
        conversations.End(context.UserId);
        Audit(context, kind, account, previous);

        notices.TaskOpened(task);
        if (previous is not null)
        {
            notices.ResponsibleChanged(account, accountEvent, previous);
        }
        var reply = RegistryTexts.Saved(accountEvent.Kind, account, task);
        if (context.Callback is null)
        {
            await notifier.SendAsync(context.ChatId, reply, ct: ct);
        }
        else
        {
            await notifier.ReplaceAsync(context, reply, null, ct);
        }
    }

    private void Audit(BotContext context, ReportKind kind, Account account, ResponsiblePerson? previous)
    {
        var (what, before, after) = kind switch
        {
            ReportKind.Created => ("аккаунт", "—", $"создан {RegistryTexts.Date(account.CreatedOn)}, {account.Link}"),
            ReportKind.Deleted => ("аккаунт", "действует", $"удалён {RegistryTexts.Date(account.DeletedOn!.Value)}"),
            _ => ("ответственный", $"{previous!.Name}, {previous.Position}", $"{account.Responsible.Name}, {account.Responsible.Position}"),
        };
        audit.Record(context.UserId, context.DisplayName, context.Now, RegistryAudit.Subject(account, what), before, after);
    }

    private (Account, AccountEvent, ResponsiblePerson?) Register(BotContext context, ConversationState state)
    {
        var account = Account.Register(
            ReportSteps.IntValue(state, ReportSteps.Department),
            ReportSteps.NetworkOf(state),
            state.Value(ReportSteps.OtherNetwork),
            state.Value(ReportSteps.Link) ?? "",
            state.Value(ReportSteps.AccountName) ?? "",
            ReportSteps.DateValue(state),
            Responsible(state),
            context.UserId,
            context.Now,
            calendar);
        accounts.Add(account);
        return (account, account.Events[^1], null);
    }

    private (Account, AccountEvent, ResponsiblePerson?) Delete(BotContext context, ConversationState state)
    {
        var account = Existing(state);
        var deleted = account.MarkDeleted(ReportSteps.DateValue(state), context.UserId, context.Now, calendar);
        return accounts.TrySaveWhileActive(account)
            ? (account, deleted, null)
            : throw new DomainException("Этот аккаунт уже отметили удалённым.");
    }

    private (Account, AccountEvent, ResponsiblePerson?) ChangeResponsible(BotContext context, ConversationState state)
    {
        var account = Existing(state);
        var previous = account.Responsible;
        var change = account.ChangeResponsible(Responsible(state), context.UserId, context.Now, calendar);
        return accounts.TrySaveWhileActive(account)
            ? (account, change, previous)
            : throw new DomainException("Этот аккаунт тем временем отметили удалённым.");
    }

    private Account Existing(ConversationState state) =>
        accounts.FindForUpdate(ReportSteps.IntValue(state, ReportSteps.Account)) is { } account
        && account.DepartmentId == ReportSteps.IntValue(state, ReportSteps.Department)
            ? account
            : throw new DomainException("Этого аккаунта больше нет в реестре.");

    private static ResponsiblePerson Responsible(ConversationState state) => ResponsiblePerson.Create(
        state.Value(ReportSteps.ResponsibleName), state.Value(ReportSteps.ResponsiblePosition), state.Value(ReportSteps.ResponsibleContact));
}
