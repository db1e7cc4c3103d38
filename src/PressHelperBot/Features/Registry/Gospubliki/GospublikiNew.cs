using System.Globalization;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// The coordinator's side of «Госпаблики»: which account the material went to (only accounts marked as
// connected), then what and when (typed; "Сегодня" is a button).
internal sealed class GospublikiNew(
    AccountRepository accounts,
    DepartmentRepository departments,
    ConversationStore conversations,
    GospublikiConversation conversation,
    IChatNotifier notifier)
    : IButtonHandler<NewGospublikiItemButton>, IButtonHandler<GospublikiAccountButton>, IButtonHandler<GospublikiTodayButton>
{
    public Audience Audience => Audience.Deciders;

    public async Task<string?> HandleAsync(BotContext context, NewGospublikiItemButton button, CancellationToken ct)
    {
        var connected = Connected();
        if (connected.Count == 0)
        {
            await notifier.SendAsync(context.ChatId, GospublikiTexts.NoConnected, Buttons.Column(RegistryMenu.HomeButton()), ct);
            return null;
        }
        var buttons = connected.Select(a => ButtonCodec.Button(Short($"{a.NetworkName}: {a.Name}"), new GospublikiAccountButton(a.Id)));
        await notifier.SendAsync(context.ChatId, GospublikiTexts.PickAccount, Buttons.Column(buttons.Append(Cancel.CancelFeature.Button())), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, GospublikiAccountButton button, CancellationToken ct)
    {
        if (!Connected().Any(a => a.Id == button.AccountId))
        {
            throw new StaleButtonException();
        }
        conversations.Begin(context.UserId, GospublikiMenu.Name, GospublikiMenu.WhatStep,
            new() { [GospublikiMenu.AccountKey] = button.AccountId.ToString(CultureInfo.InvariantCulture) });
        await notifier.ReplaceAsync(context, GospublikiTexts.AskWhat, GospublikiMenu.CancelOnly(), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, GospublikiTodayButton button, CancellationToken ct)
    {
        if (context.Conversation is not { Feature: GospublikiMenu.Name, Step: GospublikiMenu.DateStep })
        {
            throw new StaleButtonException();
        }
        await conversation.FinishAsync(context, context.Conversation, null, ct);
        return null;
    }

    private List<Domain.Registry.Account> Connected()
    {
        var existing = departments.All().Select(d => d.Id).ToHashSet();
        return [.. accounts.All().Where(a => a.IsActive && a.Checklist.Gospubliki && existing.Contains(a.DepartmentId))];
    }

    private static string Short(string label) => label.Length <= 48 ? label : label[..47] + "…";
}
