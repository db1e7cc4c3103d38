using LiteDB;
using PressHelperBot.Domain.Onboarding;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Onboarding;

// The cards of one join request in the coordinators' chats. They go out through the outbox (durable,
// rate-limited) and are remembered by their outbox key, so that after a decision every card shows
// the outcome instead of buttons that no longer work.
internal sealed class JoinRequestCards(
    BotDatabase db,
    PeopleRepository people,
    DepartmentRepository departments,
    JoinRequestRepository requests,
    IOutbox outbox,
    IChatNotifier notifier)
{
    private readonly ILiteCollection<JoinRequestCard> cards = db.Collection<JoinRequestCard>("join_request_cards");

    public async Task SendToCoordinatorsAsync(JoinRequest request, string? telegramUsername, CancellationToken ct)
    {
        foreach (var coordinator in people.Coordinators())
        {
            await SendAsync(coordinator.Id, request, telegramUsername, ct, $"join:{request.Id}:card:{coordinator.Id}");
        }
    }

    // `key` makes the coordinators' cards idempotent (a redelivered update sends nothing twice); a
    // card asked for from the list of pending requests is a new one each time.
    public async Task SendAsync(long chatId, JoinRequest request, string? telegramUsername, CancellationToken ct, string? key = null)
    {
        key ??= $"join:{request.Id}:card:{chatId}:list:{cards.Count(c => c.RequestId == request.Id && c.ChatId == chatId)}";
        var keyboard = new InlineKeyboardMarkup(new[]
        {
            new[]
            {
                Buttons.Callback("✅ Одобрить", JoinDecision.Name, "ok", request.Id),
                Buttons.Callback("❌ Отклонить", JoinDecision.Name, "no", request.Id),
            },
        });
        var text = OnboardingTexts.Card(request, departments.Find(request.DepartmentId), telegramUsername);
        if (outbox.Send(new OutgoingMessage(key, chatId, text) { Buttons = keyboard }) || !cards.Exists(c => c.Key == key))
        {
            cards.Insert(new JoinRequestCard { RequestId = request.Id, ChatId = chatId, Key = key, TelegramUsername = telegramUsername });

            // A coordinator may have decided while the cards were still going out.
            if (requests.Find(request.Id) is { IsPending: false } decided)
            {
                await ShowOutcomeAsync(decided, ct);
            }
        }
    }

    public string? UsernameOf(int requestId) => cards.FindOne(c => c.RequestId == requestId)?.TelegramUsername;

    // `pressed` is the card whose button was pressed: when it is none of the known cards (one sent
    // before the cards went through the outbox), it is edited directly. Every known card is closed by
    // whoever flips its Closed flag, so each is edited once.
    public async Task ShowOutcomeAsync(JoinRequest decided, CancellationToken ct, (long ChatId, int MessageId)? pressed = null)
    {
        var text = OnboardingTexts.Card(decided, departments.Find(decided.DepartmentId), UsernameOf(decided.Id)) + "\n\n" + OnboardingTexts.Outcome(decided);
        var known = cards.Find(c => c.RequestId == decided.Id).ToList();
        if (pressed is { } card && !known.Any(c => MayBe(c, card)))
        {
            await notifier.EditAsync(card.ChatId, card.MessageId, text, null, ct);
        }

        foreach (var open in known.Where(c => !c.Closed))
        {
            open.Closed = true;
            if (!cards.TryReplace(db.Mapper, open, "Closed = false"))
            {
                continue;
            }

            if (open.Key is { } key)
            {
                outbox.Edit(key, text);
            }
            else
            {
                await notifier.EditAsync(open.ChatId, open.MessageId, text, null, ct);
            }
        }
    }

    // Telegram shows a card as soon as it takes it, and the outbox learns its message id only from the
    // answer, which can come later: a card in the pressed chat without a message id yet may be the
    // pressed one. The outbox closes it once it knows where it landed; editing it here as well would
    // repeat the same text, which Telegram refuses ("message is not modified").
    private bool MayBe(JoinRequestCard known, (long ChatId, int MessageId) pressed) =>
        known.ChatId == pressed.ChatId && (MessageIdOf(known) is not { } id || id == pressed.MessageId);

    private int? MessageIdOf(JoinRequestCard card) => card.Key is { } key ? outbox.Find(key)?.MessageId : card.MessageId;
}

internal sealed class JoinRequestCard
{
    public int Id { get; set; }

    public int RequestId { get; set; }

    public long ChatId { get; set; }

    // Cards stored before they went through the outbox have only a message id.
    public int MessageId { get; set; }

    public string? Key { get; set; }

    public string? TelegramUsername { get; set; }

    public bool Closed { get; set; }
}
