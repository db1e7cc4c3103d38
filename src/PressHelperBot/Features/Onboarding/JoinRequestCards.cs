using LiteDB;
using PressHelperBot.Domain.Onboarding;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Onboarding;

// The cards of one join request in the coordinators' chats. Remembered, so that after a decision
// every card shows the outcome instead of buttons that no longer work.
internal sealed class JoinRequestCards(
    BotDatabase db,
    PeopleRepository people,
    DepartmentRepository departments,
    JoinRequestRepository requests,
    IChatNotifier notifier)
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

            // A coordinator may have decided while the cards were still going out.
            if (requests.Find(request.Id) is { IsPending: false } decided)
            {
                await ShowOutcomeAsync(decided, ct);
            }
        }
    }

    public string? UsernameOf(int requestId) => cards.FindOne(c => c.RequestId == requestId)?.TelegramUsername;

    // `pressed` is the card whose button was pressed: its record may not be stored yet when a
    // coordinator is quicker than the loop sending the cards. Every other card is closed by
    // whoever flips its Closed flag, so no card is edited twice to the same text (Telegram
    // refuses that as "message is not modified").
    public async Task ShowOutcomeAsync(JoinRequest decided, CancellationToken ct, (long ChatId, int MessageId)? pressed = null)
    {
        var text = OnboardingTexts.Card(decided, departments.Find(decided.DepartmentId), UsernameOf(decided.Id)) + "\n\n" + OnboardingTexts.Outcome(decided);
        var known = cards.Find(c => c.RequestId == decided.Id).ToList();
        if (pressed is { } card && !known.Any(c => c.ChatId == card.ChatId && c.MessageId == card.MessageId))
        {
            await notifier.EditAsync(card.ChatId, card.MessageId, text, null, ct);
        }

        foreach (var open in known.Where(c => !c.Closed))
        {
            open.Closed = true;
            if (cards.TryReplace(db.Mapper, open, "Closed = false"))
            {
                await notifier.EditAsync(open.ChatId, open.MessageId, text, null, ct);
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

    public bool Closed { get; set; }
}
