using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Registry;

// Asks the question of the conversation's current step, with its buttons and always "Отмена".
// `problem` (already HTML) goes first when the last answer was refused.
internal sealed class ReportQuestions(RegistryAccess access, AccountRepository accounts, IChatNotifier notifier)
{
    public async Task AskAsync(BotContext context, ConversationState state, string? problem, CancellationToken ct)
    {
        var (question, buttons) = Question(context, state);
        var html = problem is null ? question : problem + "\n\n" + question;
        var keyboard = Buttons.Column(buttons.Append(CancelFeature.Button()));
        if (context.Callback is null)
        {
            await notifier.SendAsync(context.ChatId, html, keyboard, ct);
        }
        else
        {
            await notifier.ReplaceAsync(context, html, keyboard, ct);
        }
    }

    private (string Question, IEnumerable<InlineKeyboardButton> Buttons) Question(BotContext context, ConversationState state)
    {
        var kind = ReportSteps.KindOf(state);
        return state.Step switch
        {
            ReportSteps.Department => (Heading(kind) + RegistryTexts.PickDepartment,
                access.Reportable(context.Person).Select(d => ButtonCodec.Button(Short(d.Name), new ReportDepartmentButton(d.Id)))),
            ReportSteps.Network => (Heading(kind) + RegistryTexts.PickNetwork,
                Enum.GetValues<SocialNetwork>().Select(n => ButtonCodec.Button(RegistryTexts.Network(n), new ReportNetworkButton(n)))),
            ReportSteps.OtherNetwork => (RegistryTexts.AskOtherNetwork, []),
            ReportSteps.Link => (LinkQuestion(ReportSteps.NetworkOf(state)), []),
            ReportSteps.AccountName => (RegistryTexts.AskName, []),
            ReportSteps.Date => (kind == ReportKind.Deleted ? RegistryTexts.AskDeletedOn : RegistryTexts.AskCreatedOn,
                [ButtonCodec.Button(RegistryTexts.TodayButton, new ReportTodayButton())]),
            ReportSteps.Account => AccountQuestion(kind, ReportSteps.IntValue(state, ReportSteps.Department)),
            ReportSteps.ResponsibleName => (kind == ReportKind.Created ? RegistryTexts.AskResponsibleName : RegistryTexts.AskNewResponsibleName, []),
            ReportSteps.ResponsiblePosition => (RegistryTexts.AskResponsiblePosition, []),
            _ => (RegistryTexts.AskResponsibleContact, []),
        };
    }

    private (string, IEnumerable<InlineKeyboardButton>) AccountQuestion(ReportKind kind, int departmentId)
    {
        var active = accounts.ActiveIn(departmentId);
        return active.Count == 0
            ? (Heading(kind) + RegistryTexts.NoActiveAccounts, [])
            : (Heading(kind) + RegistryTexts.PickAccount,
                active.Select(a => ButtonCodec.Button(Short($"{a.NetworkName}: {a.Name}"), new ReportAccountButton(a.Id))));
    }

    private static string LinkQuestion(SocialNetwork network) => network == SocialNetwork.Other
        ? "Пришлите ссылку на аккаунт."
        : $"Пришлите ссылку на аккаунт в сети {SocialNetworks.Russian(network)}, например https://{SocialNetworks.Hosts(network)[0]}/…";

    private static string Heading(ReportKind kind) => kind switch
    {
        ReportKind.Created => "<b>Создан аккаунт</b>\n",
        ReportKind.Deleted => "<b>Удалён аккаунт</b>\n",
        _ => "<b>Сменился ответственный</b>\n",
    };

    // Button labels stay on one line of a phone screen.
    private static string Short(string label) => label.Length <= 48 ? label : label[..47] + "…";
}
