using LiteDB;
using PressHelperBot.Domain.Onboarding;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Onboarding;

// Cards that must be edited directly after the commit: ones sent before cards went through the
// outbox, and a pressed card the outbox does not know.
internal sealed record DirectCardEdits(string Text, IReadOnlyList<(long ChatId, int MessageId)> Cards);

// The cards of one join request in the coordinators' chats. They go out through the outbox (durable,
// rate-limited) and are remembered by their outbox key, so that after a decision every card shows
// the outcome instead of buttons that no longer work. Queueing is free of Telegram; only the few
// cards the outbox cannot reach are edited directly, by EditDirectlyAsync after the commit.
internal sealed class JoinRequestCards(
    BotDatabase db,
    PeopleRepository people,
    DepartmentRepository departments,
    IOutbox outbox,
    IChatNotifier notifier)
{
    private readonly ILiteCollection<JoinRequestCard> cards = db.Collection<JoinRequestCard, int>("join_request_cards", c => c.RequestId);

    public void SendToCoordinators(JoinRequest request, string? telegramUsername)
    {
        foreach (var coordinator in people.Coordinators())
        {
            Send(coordinator.Id, request, telegramUsername, $"join:{request.Id}:card:{coordinator.Id}");
        }
    }

    // A card asked for from «📋 Заявки» is a new one each time.
    public void SendCopy(long chatId, JoinRequest request) =>
        Send(chatId, request, UsernameOf(request.Id), $"join:{request.Id}:card:{chatId}:list:{cards.Count(c => c.RequestId == request.Id && c.ChatId == chatId)}");

    public string? UsernameOf(int requestId) => cards.FindOne(c => c.RequestId == requestId)?.TelegramUsername;

    // Every known open card gets the outcome through the outbox; `pressed` is the card whose button
    // was pressed. Each card is closed by whoever flips its Closed flag, so each is edited once.
    public DirectCardEdits CloseAll(JoinRequest decided, (long ChatId, int MessageId)? pressed)
    {
        var text = Text(decided) + "\n\n" + OnboardingTexts.Outcome(decided);
        var direct = new List<(long, int)>();
        var known = cards.Find(c => c.RequestId == decided.Id).ToList();
        if (pressed is { } card && !known.Any(c => MayBe(c, card)))
        {
            direct.Add(card);
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
                direct.Add((open.ChatId, open.MessageId));
            }
        }

        return new DirectCardEdits(text, direct);
    }

    public async Task EditDirectlyAsync(DirectCardEdits edits, CancellationToken ct)
    {
        foreach (var (chatId, messageId) in edits.Cards)
        {
            await notifier.EditAsync(chatId, messageId, edits.Text, null, ct);
        }
    }

    // `key` makes the card idempotent: a redelivered update sends nothing twice.
    private void Send(long chatId, JoinRequest request, string? telegramUsername, string key)
    {
        var keyboard = new InlineKeyboardMarkup(new[]
        {
            new[]
            {
                ButtonCodec.Button("✅ Одобрить", new DecideJoinButton(request.Id, Approve: true)),
                ButtonCodec.Button("❌ Отклонить", new DecideJoinButton(request.Id, Approve: false)),
            },
        });
        if (outbox.Send(new OutgoingMessage(key, chatId, Text(request, telegramUsername)) { Buttons = keyboard }) || !cards.Exists(c => c.Key == key))
        {
            cards.Insert(new JoinRequestCard { RequestId = request.Id, ChatId = chatId, Key = key, TelegramUsername = telegramUsername });
        }
    }

    private string Text(JoinRequest request, string? telegramUsername = null) =>
        OnboardingTexts.Card(request, departments.Find(request.DepartmentId), telegramUsername ?? UsernameOf(request.Id));

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
