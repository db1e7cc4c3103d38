using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Domain.People;
using PressHelperBot.Features.Common;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.CitizensMessages;

// «💬 Ответы жителям» and /messages: open, overdue and answered messages, filtered by department,
// each one press from its card; the Excel file. Coordinators and admins act from the cards; observers
// read. Staff get «✍️ Ответы жителям»: what their departments owe a reply to.
internal sealed class MessagesView(
    CitizenMessageRepository messages,
    DepartmentRepository departments,
    MessageCardRepository cardRecords,
    MessageCards cards,
    OrgCalendar calendar,
    IOutbox outbox,
    IChatNotifier notifier)
    : ICommandHandler, IMenuContributor,
      IButtonHandler<MessagesListButton>, IButtonHandler<MessagesFilterButton>, IButtonHandler<OpenMessageButton>,
      IButtonHandler<ExportMessagesButton>, IButtonHandler<MyRepliesButton>
{
    private const int MaxShown = 30;

    public string Command => "messages";

    public string? Description => "обращения жителей и ответы на них";

    public Audience Audience => Audience.Deciders | Audience.Observer;

    Audience IButtonHandler<MyRepliesButton>.Audience => Audience.Staff | Audience.Deciders;

    public int Order => 41;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience)
    {
        if ((audience & Audience) != 0)
        {
            yield return ButtonCodec.Button(MessagesViewText.MenuButton(messages.Open().Count), new MessagesListButton(MessagesTab.Open, 0));
        }

        if (person.DepartmentIds.Count > 0 && Owed(person).Count is var owed and > 0)
        {
            yield return ButtonCodec.Button(MessagesViewText.MyRepliesButton(owed), new MyRepliesButton());
        }
    }

    public Task HandleAsync(BotContext context, string argument, CancellationToken ct) =>
        notifier.SendAsync(context.ChatId, ListText(MessagesTab.Open, 0, context.Now, out var keyboard), keyboard, ct);

    public async Task<string?> HandleAsync(BotContext context, MessagesListButton button, CancellationToken ct)
    {
        await notifier.ReplaceAsync(context, ListText(button.Tab, button.DepartmentId, context.Now, out var keyboard), keyboard, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, MessagesFilterButton button, CancellationToken ct)
    {
        var choices = departments.All().Take(MaxShown)
            .Select(d => ButtonCodec.Button(d.Name, new MessagesListButton(button.Tab, d.Id)))
            .Prepend(ButtonCodec.Button(MessageTexts.AllDepartments, new MessagesListButton(button.Tab, 0)));
        await notifier.ReplaceAsync(context, "Сообщения какого подразделения показать?", Telegram.Buttons.Column(choices), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, OpenMessageButton button, CancellationToken ct)
    {
        var message = messages.Find(button.MessageId) ?? throw new StaleButtonException();
        if (!context.Is(Audience.Deciders))
        {
            // Observers read; the card's buttons are for the coordinators.
            await notifier.SendAsync(context.ChatId, cards.CoordinatorCard(message, context.Now), ct: ct);
            return null;
        }

        // Recorded like the others, so later changes update it and its buttons stay true.
        var round = Math.Max(1, cardRecords.Rounds(message.Id, MessageCardRole.Coordinator));
        var key = $"citizen:{message.Id}:c{round}:{context.ChatId}:again:{context.Now.UtcTicks}";
        if (message.Status != ReplyStatus.Answered)
        {
            cardRecords.Add(new MessageCard { MessageId = message.Id, Role = MessageCardRole.Coordinator, Round = round, ChatId = context.ChatId, Key = key });
        }

        outbox.Send(new OutgoingMessage(key, context.ChatId, cards.CoordinatorCard(message, context.Now)) { Buttons = MessageCards.CoordinatorButtons(message) });
        return $"Карточка сообщения №{message.Id} — ниже.";
    }

    public async Task<string?> HandleAsync(BotContext context, ExportMessagesButton button, CancellationToken ct)
    {
        var selected = messages.All().Where(m => button.DepartmentId == 0 || m.LastDepartmentId == button.DepartmentId).ToList();
        var file = MessagesWorkbook.Build(selected, id => id is { } d ? departments.Find(d)?.Name ?? "удалено" : "—", calendar, context.Now);
        var today = calendar.Today(context.Now);
        var caption = $"Ответы жителям на {today:dd.MM.yyyy}: {MessageTexts.Count(selected.Count)}" +
            (button.DepartmentId != 0 && departments.Find(button.DepartmentId) is { } department ? $", {Russian.Unit(department, Case.Nominative)}" : "");
        outbox.Send(new OutgoingMessage($"citizen:export:{context.UserId}:{context.Update.Id}", context.ChatId, caption)
        {
            File = new Jobs.OutgoingFile($"obrashcheniya-{today:yyyy-MM-dd}.xlsx", file),
        });
        return await Task.FromResult("Готовлю файл…");
    }

    public async Task<string?> HandleAsync(BotContext context, MyRepliesButton button, CancellationToken ct)
    {
        var owed = context.Person is { } person ? Owed(person) : [];
        if (owed.Count == 0)
        {
            await notifier.ReplaceAsync(context, "Сейчас вашему подразделению отвечать не на что. Новые сообщения придут сюда сами.", null, ct);
            return null;
        }

        var keyboard = Telegram.Buttons.Column(owed.Take(MaxShown).Select(m =>
            ButtonCodec.Button(MessagesViewText.OwedButton(m, calendar), new WriteReplyButton(m.Id, m.CurrentAssignment!.Number))));
        await notifier.ReplaceAsync(context, MessagesViewText.Owed(owed.Count), keyboard, ct);
        return null;
    }

    private IReadOnlyList<CitizenMessage> Owed(Person person) =>
        [.. messages.Open().Where(m => ReplyStatuses.AwaitsDepartment(m.Status) && m.DepartmentId is { } d && person.BelongsTo(d))];

    private string ListText(MessagesTab tab, int departmentId, DateTimeOffset now, out InlineKeyboardMarkup keyboard)
    {
        var filter = departmentId == 0 ? null : departments.Find(departmentId);
        var scope = messages.All().Where(m => filter is null || m.LastDepartmentId == filter.Id).ToList();
        var open = scope.Where(m => m.Status != ReplyStatus.Answered).ToList();
        var overdue = open.Where(m => m.IsOverdue(now)).ToList();
        var answered = scope.Where(m => m.Status == ReplyStatus.Answered).OrderByDescending(m => m.AnsweredAt).ToList();
        var shown = tab switch
        {
            MessagesTab.Overdue => overdue,
            MessagesTab.Answered => answered,
            _ => open,
        };
        var rows = new List<InlineKeyboardButton[]>
        {
            new[]
            {
                Tab(MessagesTab.Open, tab, $"📂 Открытые: {open.Count}", filter?.Id ?? 0),
                Tab(MessagesTab.Overdue, tab, $"⏰ Просрочены: {overdue.Count}", filter?.Id ?? 0),
            },
            new[] { Tab(MessagesTab.Answered, tab, $"✅ С ответом: {answered.Count}", filter?.Id ?? 0) },
            new[] { ButtonCodec.Button($"{MessageTexts.FilterButton}: {filter?.Name ?? "все"}", new MessagesFilterButton(tab)) },
        };
        rows.AddRange(shown.Take(MaxShown).Select(m => new[] { ButtonCodec.Button(MessagesViewText.Item(m, calendar, now), new OpenMessageButton(m.Id)) }));
        rows.Add([ButtonCodec.Button(MessageTexts.ExportButton, new ExportMessagesButton(tab, filter?.Id ?? 0))]);
        keyboard = new InlineKeyboardMarkup(rows);
        return MessagesViewText.Heading(tab, filter, shown.Count, Math.Min(shown.Count, MaxShown));
    }

    private static InlineKeyboardButton Tab(MessagesTab tab, MessagesTab current, string label, int departmentId) =>
        ButtonCodec.Button(tab == current ? "• " + label : label, new MessagesListButton(tab, departmentId));
}
