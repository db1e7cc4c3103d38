using LiteDB;
using PressHelperBot.Domain.Onboarding;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Onboarding;

// The cards of one join request in the coordinators' chats. Remembered, so that after a decision
// every card shows the outcome instead of buttons that no longer work.
internal sealed class JoinRequestCards(BotDatabase db, PeopleRepository people, DepartmentRepository departments, IChatNotifier notifier)
{
    private readonly ILiteCollection<JoinRequestCard> cards = db.Collection<JoinRequestCard>("join_request_cards");

    public async Task SendToCoordinatorsAsync(JoinRequest request, string? telegramUsername, CancellationToken ct)
    {
        foreach (var coordinator in people.Coordinators())
        {
            await SendAsync(coordinator.Id, request, telegramUsername, ct);
        }
    }

    public async Task SendAsync(long chatId, JoinRequest request, string? telegramUsername, CancellationToken ct)
    {
        var keyboard = new InlineKeyboardMarkup(new[]
        {
            new[]
            {
                Buttons.Callback("✅ Одобрить", JoinDecision.Name, "ok", request.Id),
                Buttons.Callback("❌ Отклонить", JoinDecision.Name, "no", request.Id),
            },
        });
        var text = OnboardingTexts.Card(request, departments.Find(request.DepartmentId), telegramUsername);
        if (await notifier.SendAsync(chatId, text, keyboard, ct) is { } messageId)
        {
            cards.Insert(new JoinRequestCard { RequestId = request.Id, ChatId = chatId, MessageId = messageId, TelegramUsername = telegramUsername });
        }
    }

    public string? UsernameOf(int requestId) => cards.FindOne(c => c.RequestId == requestId)?.TelegramUsername;

    public async Task ShowOutcomeAsync(JoinRequest decided, CancellationToken ct)
    {
        var text = OnboardingTexts.Card(decided, departments.Find(decided.DepartmentId), UsernameOf(decided.Id)) + "\n\n" + OnboardingTexts.Outcome(decided);
        foreach (var card in cards.Find(c => c.RequestId == decided.Id).ToList())
        {
            // Whoever deletes the record edits the card, so no card is edited twice to the same
            // text (Telegram refuses that as "message is not modified").
            if (cards.Delete(card.Id))
            {
                await notifier.EditAsync(card.ChatId, card.MessageId, text, null, ct);
            }
        }
    }
}

internal sealed class JoinRequestCard
{
    public int Id { get; set; }

    public int RequestId { get; set; }

    public long ChatId { get; set; }

    public int MessageId { get; set; }

    public string? TelegramUsername { get; set; }
}
