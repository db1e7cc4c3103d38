using PressHelperBot.Configuration;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.CitizensMessages;

// The messages the bot sends about a citizen's message, all through the outbox (so a failing Telegram
// delays them and loses none), each recorded so it can be updated or closed later:
//   - the coordinators' card (or the one in COORDINATORS_CHAT_ID): the message and where its reply
//     stands, with the buttons its status allows; edited at every change, closed once answered;
//   - the department's copy with «✍️ Ответить», to every member of the department;
//   - each draft's card with ✅ / 📝 / ✏️, closed with the decision.
internal sealed class MessageCards(
    MessageCardRepository cards,
    PeopleRepository people,
    DepartmentRepository departments,
    ReviewSettings review,
    OrgCalendar calendar,
    IOutbox outbox)
{
    public void SendToCoordinators(CitizenMessage message, DateTimeOffset now, string? heading = null)
    {
        var round = cards.Rounds(message.Id, MessageCardRole.Coordinator) + 1;
        var html = (heading is null ? "" : heading + "\n\n") + CoordinatorCard(message, now);
        foreach (var chat in CoordinatorChats())
        {
            var key = $"citizen:{message.Id}:c{round}:{chat}";
            cards.Add(new MessageCard { MessageId = message.Id, Role = MessageCardRole.Coordinator, Round = round, ChatId = chat, Key = key });
            Send(key, chat, html, CoordinatorButtons(message), message.Media);
        }
    }

    // Every open coordinators' card shows the status as it is now; once answered they close.
    public void RefreshCoordinatorCards(CitizenMessage message, DateTimeOffset now)
    {
        var html = CoordinatorCard(message, now);
        var buttons = CoordinatorButtons(message);
        foreach (var card in cards.Open(message.Id, MessageCardRole.Coordinator))
        {
            if (message.Status != ReplyStatus.Answered)
            {
                outbox.Edit(card.Key, html, buttons);
            }
            else if (cards.TryClose(card))
            {
                outbox.Edit(card.Key, html, null);
            }
        }
    }

    // Returns how many people it went to.
    public int SendToDepartment(CitizenMessage message, Department department, string? heading = null)
    {
        var assignment = message.CurrentAssignment!;
        var html = (heading is null ? "" : heading + "\n\n") + MessageCardText.ForDepartment(message, department, calendar);
        var staff = Staff(department.Id);
        var tag = heading is null ? "" : $":d{message.Drafts.Count}";
        foreach (var chat in staff)
        {
            var key = $"citizen:{message.Id}:a{assignment.Number}{tag}:{chat}";
            cards.Add(new MessageCard { MessageId = message.Id, Role = MessageCardRole.Department, Round = assignment.Number, ChatId = chat, Key = key });
            Send(key, chat, html, WriteButtons(message), message.Media);
        }

        return staff.Count;
    }

    public void CloseDepartmentCards(CitizenMessage message, string outcome) => Close(message, MessageCardRole.Department, outcome);

    public void SendDraft(CitizenMessage message, ReplyDraft draft, string styleHtml)
    {
        var html = DraftCard(message, draft, styleHtml);
        var buttons = DraftButtons(message.Id, draft.Number);
        foreach (var chat in CoordinatorChats())
        {
            var key = $"citizen:{message.Id}:draft{draft.Number}:{chat}";
            cards.Add(new MessageCard { MessageId = message.Id, Role = MessageCardRole.Draft, Round = draft.Number, ChatId = chat, Key = key });
            outbox.Send(new OutgoingMessage(key, chat, html) { Buttons = buttons });
        }
    }

    public void CloseDraftCards(CitizenMessage message, string outcome) => Close(message, MessageCardRole.Draft, outcome);

    public void CloseCoordinatorCards(CitizenMessage message, string outcome) => Close(message, MessageCardRole.Coordinator, outcome);

    public string NameOf(long personId) => personId == 0 ? "бот" : people.Find(personId)?.Name ?? "сотрудник";

    public IReadOnlyList<long> Staff(int departmentId) =>
        [.. people.InDepartment(departmentId).Where(p => !p.IsBlocked).Select(p => p.Id)];

    public IReadOnlyList<long> CoordinatorChats() =>
        review.CoordinatorsChatId is { } group ? [group] : [.. people.Coordinators().Select(p => p.Id)];

    public string CoordinatorCard(CitizenMessage message, DateTimeOffset now) =>
        MessageCardText.ForCoordinators(message, message.DepartmentId is { } id ? departments.Find(id) : null, calendar, now);

    public static InlineKeyboardMarkup? CoordinatorButtons(CitizenMessage message) => message.Status switch
    {
        ReplyStatus.New => Buttons.Column(
            ButtonCodec.Button(MessageTexts.AssignButton, new AssignButton(message.Id)),
            ButtonCodec.Button(MessageTexts.SelfButton, new AnswerSelfButton(message.Id))),
        ReplyStatus.Assigned or ReplyStatus.Returned => Buttons.Column(ButtonCodec.Button(MessageTexts.ReassignButton, new AssignButton(message.Id))),
        ReplyStatus.Agreed => Buttons.Column(ButtonCodec.Button(MessageTexts.PublishedButton, new MarkAnsweredButton(message.Id))),
        _ => null,
    };

    public static InlineKeyboardMarkup WriteButtons(CitizenMessage message) =>
        Buttons.Column(ButtonCodec.Button(MessageTexts.WriteButton, new WriteReplyButton(message.Id, message.CurrentAssignment!.Number)));

    public static InlineKeyboardMarkup DraftButtons(int messageId, int draft) => Buttons.Column(
        ButtonCodec.Button(MessageTexts.AgreeButton, new DraftVerdictButton(messageId, draft, DraftVerdict.Agree)),
        ButtonCodec.Button(MessageTexts.EditButton, new DraftVerdictButton(messageId, draft, DraftVerdict.Edit)),
        ButtonCodec.Button(MessageTexts.ReturnButton, new DraftVerdictButton(messageId, draft, DraftVerdict.Return)));

    private string DraftCard(CitizenMessage message, ReplyDraft draft, string styleHtml) =>
        MessageCardText.Draft(message, draft, departments.Find(draft.DepartmentId), NameOf(draft.AuthorId), styleHtml, calendar);

    // Every open card of the role shows the outcome and loses its buttons; each card is edited by one caller.
    private void Close(CitizenMessage message, MessageCardRole role, string outcome)
    {
        var closed = role == MessageCardRole.Draft && message.CurrentDraft is { } draft
            ? MessageCardText.DraftClosed(message, draft, outcome)
            : MessageCardText.Closed(MessageCardText.Body(message, calendar), outcome);
        foreach (var card in cards.Open(message.Id, role))
        {
            if (cards.TryClose(card))
            {
                outbox.Edit(card.Key, closed, null);
            }
        }
    }

    // Photos and videos go with the card as one album; documents follow in a message of their own
    // (Telegram does not mix them in one album).
    private void Send(string key, long chat, string html, InlineKeyboardMarkup? buttons, IReadOnlyList<MediaItem> media)
    {
        var (visual, documents) = MessageIntake.Split(media);
        outbox.Send(new OutgoingMessage(key, chat, html) { Buttons = buttons, Media = [.. visual.Select(m => new OutgoingMedia(m.Kind, m.FileId))] });
        if (documents.Count > 0)
        {
            outbox.Send(new OutgoingMessage(key + ":docs", chat, "📎 Документы к сообщению выше") { Media = [.. documents.Select(m => new OutgoingMedia(m.Kind, m.FileId))] });
        }
    }
}
