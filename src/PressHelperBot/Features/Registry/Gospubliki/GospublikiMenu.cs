using System.Globalization;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Registry;

// "📣 Госпаблики": the items waiting for confirmation (staff see their organisations', coordinators
// and observers all), a confirm button for each the person may confirm, and for coordinators
// "➕ Направлено через «Госпаблики»": the account, what, when (GospublikiConversation).
internal sealed class GospublikiMenu(
    RegistryAccess access,
    GospublikiRepository items,
    AccountRepository accounts,
    ConversationStore conversations,
    IChatNotifier notifier)
    : IButtonHandler<GospublikiButton>, IButtonHandler<ConfirmGospublikiButton>
{
    public const string Name = "gp";
    public const string AccountKey = "acc";
    public const string ItemKey = "item";
    public const string WhatKey = "what";
    public const string WhatStep = "what";
    public const string DateStep = "date";
    public const string LinkStep = "link";

    private const int MaxListed = 30;

    public Audience Audience => Audience.Registered;

    public async Task<string?> HandleAsync(BotContext context, GospublikiButton button, CancellationToken ct)
    {
        var visible = access.Visible(context.Person).Select(d => d.Id).ToHashSet();
        var waiting = items.Unconfirmed().Where(i => visible.Contains(i.DepartmentId)).Take(MaxListed)
            .Select(i => (Item: i, Account: accounts.Find(i.AccountId))).ToList();
        var buttons = waiting.Where(w => access.MayReport(context, w.Item.DepartmentId))
            .Select(w => ButtonCodec.Button(GospublikiTexts.ConfirmLabel(w.Item), new ConfirmGospublikiButton(w.Item.Id)))
            .ToList();
        var decider = RegistryAccess.IsDecider(context.Person);
        if (decider)
        {
            buttons.Add(ButtonCodec.Button(GospublikiTexts.NewButton, new NewGospublikiItemButton()));
        }
        buttons.Add(RegistryMenu.HomeButton());
        await notifier.ReplaceAsync(context, GospublikiTexts.List(waiting, decider), Telegram.Buttons.Column(buttons), ct);
        return null;
    }

    // From the notice, a reminder or the list: asks for the link.
    public async Task<string?> HandleAsync(BotContext context, ConfirmGospublikiButton button, CancellationToken ct)
    {
        var item = items.Find(button.ItemId);
        if (item is null || !access.MayReport(context, item.DepartmentId))
        {
            throw new StaleButtonException();
        }
        if (item.IsConfirmed)
        {
            return $"Уже подтверждено: {item.Link}";
        }
        conversations.Begin(context.UserId, Name, LinkStep, new() { [ItemKey] = item.Id.ToString(CultureInfo.InvariantCulture) });
        var account = accounts.Find(item.AccountId);
        // The link is typed in the private chat, also when the button was pressed in the coordinators' group.
        await notifier.SendAsync(context.UserId, $"{GospublikiTexts.Title(item, account)}\n{GospublikiTexts.AskLink}", CancelOnly(), ct);
        return null;
    }

    public static InlineKeyboardMarkup CancelOnly() => Telegram.Buttons.Column(CancelFeature.Button());

    public static InlineKeyboardMarkup DateKeyboard() => Telegram.Buttons.Column(
        ButtonCodec.Button(GospublikiTexts.TodayButton, new GospublikiTodayButton()), CancelFeature.Button());

}
