using PressHelperBot.Domain;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// Checks a typed answer against the rules of its step (domain rules where there are some) and
// keeps it in the conversation under the step's name.
internal sealed class ReportAnswers(AccountRepository accounts, OrgCalendar calendar)
{
    // Returns why the typed text does not fit the step, or null after storing it.
    public string? Accept(BotContext context, ConversationState state, string text)
    {
        string? problem = null;
        var value = text.Trim();
        try
        {
            switch (state.Step)
            {
                case ReportSteps.OtherNetwork:
                    value = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                    problem = value.Length == 0 ? RegistryTexts.AskOtherNetwork
                        : value.Length > Account.MaxNetworkNameLength ? RegistryTexts.NetworkNameTooLong : null;
                    break;
                case ReportSteps.Link:
                    var check = AccountLink.Check(ReportSteps.NetworkOf(state), value);
                    problem = check.Error ?? (accounts.All().Any(a => a.IsActive && a.Link == check.Link) ? RegistryTexts.AlreadyInRegistry : null);
                    value = check.Link ?? "";
                    break;
                case ReportSteps.AccountName:
                    value = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                    problem = value.Length == 0 ? RegistryTexts.AskName
                        : value.Length > Account.MaxNameLength ? $"Название длиннее {Account.MaxNameLength} знаков. Напишите так, как оно показано в сети." : null;
                    break;
                case ReportSteps.Date:
                    var date = EventDateInput.Parse(value, context.Now, calendar);
                    problem = date.Error ?? DeletionBeforeCreation(state, date.Date!.Value);
                    value = date.Date is { } day ? ReportSteps.Format(day) : "";
                    break;
                case ReportSteps.ResponsibleName:
                    value = ResponsiblePerson.CheckName(value);
                    break;
                case ReportSteps.ResponsiblePosition:
                    value = ResponsiblePerson.CheckPosition(value);
                    break;
                case ReportSteps.ResponsibleContact:
                    value = ResponsiblePerson.CheckContact(value);
                    break;
                default:
                    return RegistryTexts.PickByButton;
            }
        }
        catch (DomainException e)
        {
            problem = e.Message;
        }

        if (problem is null)
        {
            state.Values[state.Step] = value;
        }
        return problem;
    }

    private string? DeletionBeforeCreation(ConversationState state, DateOnly date) =>
        ReportSteps.KindOf(state) == ReportKind.Deleted
        && accounts.Find(ReportSteps.IntValue(state, ReportSteps.Account)) is { } account
        && date < account.CreatedOn
            ? $"Аккаунт создан {RegistryTexts.Date(account.CreatedOn)}: удалить его раньше нельзя."
            : null;

}
