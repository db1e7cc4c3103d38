using System.Globalization;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// What is typed in the «Госпаблики» steps: for a coordinator recording an item, what was sent and when;
// for the organisation's staff confirming one, the link to the post.
internal sealed class GospublikiConversation(
    ConversationStore conversations,
    RegistryAccess access,
    GospublikiRepository items,
    AccountRepository accounts,
    HandleGospubliki gospubliki,
    OrgCalendar calendar,
    IChatNotifier notifier) : IConversationHandler
{
    public string Feature => GospublikiMenu.Name;

    public Audience Audience => Audience.Staff | Audience.Deciders;

    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        var state = context.Conversation!;
        var text = context.Message?.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            await AskAsync(context, Html.Text(GospublikiTexts.TextExpected), state.Step, ct);
            return;
        }

        switch (state.Step)
        {
            case GospublikiMenu.LinkStep:
                await ConfirmAsync(context, state, text, ct);
                return;
            case GospublikiMenu.WhatStep when RegistryAccess.IsDecider(context.Person):
                if (text.Trim().Length > GospublikiItem.MaxWhatLength)
                {
                    await AskAsync(context, Html.Text($"Описание длиннее {GospublikiItem.MaxWhatLength} знаков. Оставьте тему или заголовок."), state.Step, ct);
                    return;
                }
                state.Values[GospublikiMenu.WhatKey] = text.Trim();
                conversations.MoveTo(state, GospublikiMenu.DateStep);
                await AskAsync(context, null, GospublikiMenu.DateStep, ct);
                return;
            case GospublikiMenu.DateStep when RegistryAccess.IsDecider(context.Person):
                var date = EventDateInput.Parse(text, context.Now, calendar);
                if (date.Date is not { } day)
                {
                    await AskAsync(context, Html.Text(date.Error), state.Step, ct);
                    return;
                }
                await FinishAsync(context, state, day, ct);
                return;
            default:
                conversations.End(context.UserId);
                await notifier.SendAsync(context.ChatId, GospublikiTexts.Gone, ct: ct);
                return;
        }
    }

    // Records the item sent on `sentOn` (today when null).
    public async Task FinishAsync(BotContext context, ConversationState state, DateOnly? sentOn, CancellationToken ct)
    {
        var accountId = Number(state.Value(GospublikiMenu.AccountKey));
        var (item, problem) = gospubliki.Record(accountId, state.Value(GospublikiMenu.WhatKey) ?? "", sentOn ?? calendar.Today(context.Now),
            context.UserId, context.DisplayName, context.Now);
        conversations.End(context.UserId);
        await notifier.SendAsync(context.ChatId, item is null ? Html.Text(problem) : GospublikiTexts.Recorded(item),
            Buttons.Column(ButtonCodec.Button(RegistryTexts.GospublikiButton, new GospublikiButton())), ct);
    }

    private async Task ConfirmAsync(BotContext context, ConversationState state, string link, CancellationToken ct)
    {
        var itemId = Number(state.Value(GospublikiMenu.ItemKey));
        if (items.Find(itemId) is not { } stored || !access.MayReport(context, stored.DepartmentId))
        {
            conversations.End(context.UserId);
            await notifier.SendAsync(context.ChatId, GospublikiTexts.Gone, ct: ct);
            return;
        }
        if (stored.IsConfirmed)
        {
            conversations.End(context.UserId);
            await notifier.SendAsync(context.ChatId, GospublikiTexts.ConfirmedForStaff(stored), ct: ct);
            return;
        }
        var (item, publication, problem) = gospubliki.Confirm(itemId, link, context.UserId, context.DisplayName, context.Now);
        if (item is null || publication is null)
        {
            await AskAsync(context, problem, state.Step, ct);
            return;
        }
        conversations.End(context.UserId);
        var account = accounts.Find(item.AccountId)!;
        await notifier.SendAsync(context.ChatId, GospublikiTexts.ConfirmedForStaff(item, account, publication), ct: ct);
    }

    // The problem is HTML: the link's problems come as the publications' texts, already escaped.
    private Task AskAsync(BotContext context, string? problemHtml, string step, CancellationToken ct)
    {
        var (question, keyboard) = step switch
        {
            GospublikiMenu.WhatStep => (GospublikiTexts.AskWhat, GospublikiMenu.CancelOnly()),
            GospublikiMenu.DateStep => (GospublikiTexts.AskDate, GospublikiMenu.DateKeyboard()),
            _ => (GospublikiTexts.AskLink, GospublikiMenu.CancelOnly()),
        };
        var html = problemHtml is null ? question : problemHtml + "\n\n" + question;
        return notifier.SendAsync(context.ChatId, html, keyboard, ct);
    }

    private static int Number(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
