using System.Globalization;
using PressHelperBot.Domain;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// What a person types after "✍️ Указать должность" or "Привязан к телефону/почте": a position, or whose
// phone or e-mail it is, in words. A number, an address or a handle is refused (the registry keeps
// whose it is, not the contact); a message that looks like a password never gets here (CredentialGuard).
internal sealed class AccessConversation(
    ConversationStore conversations,
    RegistryAccess access,
    AccountRepository accounts,
    ChangeAccess change,
    AccessCard card,
    IChatNotifier notifier) : IConversationHandler
{
    public string Feature => AccessCard.Name;

    public Audience Audience => Audience.Staff | Audience.Deciders;

    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        var state = context.Conversation!;
        var accountId = int.TryParse(state.Value(AccessCard.AccountKey), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
        if (accounts.Find(accountId) is not { IsActive: true } account || !access.MayReport(context, account.DepartmentId))
        {
            conversations.End(context.UserId);
            await notifier.SendAsync(context.ChatId, AccessTexts.AccountGone, ct: ct);
            return;
        }
        if (context.Message?.Text is not { } text)
        {
            await AskAgainAsync(context, AccessTexts.TextExpected, state.Step, ct);
            return;
        }

        string? problem;
        try
        {
            problem = state.Step switch
            {
                AccessCard.PositionStep => change.Holder(account.Id, LoginHolder.Position(text), context.UserId, context.DisplayName, context.Now),
                AccessCard.PhoneStep => change.Binding(account.Id, AccountBinding.Of(BindingKind.Phone, text), context.UserId, context.DisplayName, context.Now),
                _ => change.Binding(account.Id, AccountBinding.Of(BindingKind.Email, text), context.UserId, context.DisplayName, context.Now),
            };
        }
        catch (DomainException e)
        {
            await AskAgainAsync(context, e.Message, state.Step, ct);
            return;
        }
        if (problem is not null)
        {
            conversations.End(context.UserId);
            await notifier.SendAsync(context.ChatId, Html.Text(problem), ct: ct);
            return;
        }

        conversations.End(context.UserId);
        await card.ShowAsync(context, accounts.Find(account.Id)!, ct);
    }

    private Task AskAgainAsync(BotContext context, string problem, string step, CancellationToken ct)
    {
        var question = step switch
        {
            AccessCard.PositionStep => AccessTexts.AskPosition,
            AccessCard.PhoneStep => AccessTexts.AskPhoneWhose,
            _ => AccessTexts.AskEmailWhose,
        };
        return notifier.SendAsync(context.ChatId, Html.Text(problem) + "\n\n" + question, Buttons.Column(CancelFeature.Button()), ct);
    }
}
