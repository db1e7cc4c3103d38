using System.Globalization;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Domain.Moderation;
using PressHelperBot.Domain.People;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Moderation;

// «➕ Записать нарушение»: the comment's link, the author's profile links, their name, the type, what
// was done, screenshots or the text; then RecordViolation. A comment already in the log is said so at
// once. Every step is stored in the conversation, so a restart continues where it was.
internal sealed class RecordViolationFlow(
    ModerationRepository moderation,
    ConversationStore conversations,
    PeopleRepository people,
    RecordViolation record,
    Heads heads,
    Domain.Calendar.OrgCalendar calendar,
    IChatNotifier notifier)
    : IButtonHandler<RecordViolationButton>, IButtonHandler<KeepAuthorNameButton>, IButtonHandler<ViolationTypeButton>,
      IButtonHandler<MeasureButton>, IButtonHandler<SaveViolationButton>, IConversationHandler
{
    public const string Name = "md";
    public const string LinkStep = "link";
    public const string ProfileStep = "profile";
    public const string NameStep = "name";
    public const string TypeStep = "type";
    public const string NoteStep = "note";
    public const string MeasureStep = "measure";
    public const string EvidenceStep = "evidence";

    public string Feature => Name;

    public Audience Audience => Audience.Deciders | Audience.Observer;

    public async Task<string?> HandleAsync(BotContext context, RecordViolationButton button, CancellationToken ct)
    {
        if (!heads.MaySeeLog(context.Person))
        {
            return ModerationTexts.Forbidden;
        }

        conversations.Begin(context.UserId, Name, LinkStep);
        await notifier.SendAsync(context.ChatId, ModerationTexts.AskCommentLink, CancelOnly(), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, KeepAuthorNameButton button, CancellationToken ct)
    {
        var state = State(context, NameStep);
        if (KnownName(state) is not { } name)
        {
            throw new StaleButtonException();
        }

        state.Values[ViolationEntryState.Name] = name;
        await AskTypeAsync(context, state, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, ViolationTypeButton button, CancellationToken ct)
    {
        var state = State(context, TypeStep);
        state.Values[ViolationEntryState.Type] = button.Type.ToString();
        if (button.Type == ViolationType.Other)
        {
            conversations.MoveTo(state, NoteStep);
            await notifier.SendAsync(context.ChatId, ModerationTexts.AskNote, CancelOnly(), ct);
            return null;
        }

        await AskMeasureAsync(context, state, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, MeasureButton button, CancellationToken ct)
    {
        var state = State(context, MeasureStep);
        state.Values[ViolationEntryState.Measure] = button.Measure.ToString();
        conversations.MoveTo(state, EvidenceStep);
        await notifier.SendAsync(context.ChatId, ModerationTexts.AskEvidence, SaveKeyboard(), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, SaveViolationButton button, CancellationToken ct)
    {
        var state = State(context, EvidenceStep);
        var entry = ViolationEntryState.Read(state) ?? throw new StaleButtonException();
        conversations.End(context.UserId);
        var result = record.Run(entry, context.UserId, context.Now);
        var html = result switch
        {
            RecordResult.Recorded done => (done.Joined > 0 ? ModerationTexts.AuthorsJoined(done.Joined + 1) + "\n" : "") +
                ModerationTexts.Recorded(done.Violation, done.Author, done.Total, done.Proposed, done.Heads),
            RecordResult.Duplicate duplicate => ModerationTexts.Duplicate(duplicate.Existing, NameOf(duplicate.Existing.RecordedById), calendar),
            _ => throw new InvalidOperationException(),
        };
        var author = result is RecordResult.Recorded recorded ? recorded.Author.Id : 0;
        await notifier.ReplaceAsync(context, html, author == 0 ? null : Buttons.Column(
            ButtonCodec.Button("👤 Карточка автора", new OpenAuthorButton(author)),
            ButtonCodec.Button(ModerationTexts.BackButton, new ModerationMenuButton())), ct);
        return result is RecordResult.Recorded ? "Записано" : "Уже в журнале";
    }

    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        var state = context.Conversation!;
        var message = context.Message!;
        if (!heads.MaySeeLog(context.Person))
        {
            conversations.End(context.UserId);
            await notifier.SendAsync(context.ChatId, ModerationTexts.Forbidden, ct: ct);
            return;
        }

        if (state.Step == EvidenceStep)
        {
            await OnEvidenceAsync(context, state, message, ct);
            return;
        }

        if (message.Text is not { } text || text.Trim().Length == 0)
        {
            await notifier.SendAsync(context.ChatId, state.Step is TypeStep or MeasureStep ? ModerationTexts.UseButtons : ModerationTexts.NeedText, CancelOnly(), ct);
            return;
        }

        switch (state.Step)
        {
            case LinkStep:
                await OnLinkAsync(context, state, text, ct);
                break;
            case ProfileStep:
                await OnProfileAsync(context, state, text, ct);
                break;
            case NameStep:
                await OnNameAsync(context, state, text, ct);
                break;
            case NoteStep:
                await OnNoteAsync(context, state, text, ct);
                break;
            default:
                await notifier.SendAsync(context.ChatId, ModerationTexts.UseButtons, CancelOnly(), ct);
                break;
        }
    }

    private async Task OnLinkAsync(BotContext context, ConversationState state, string text, CancellationToken ct)
    {
        var check = PageLink.Check(text);
        if (!check.IsValid)
        {
            await notifier.SendAsync(context.ChatId, Html.Text(check.Error), CancelOnly(), ct);
            return;
        }

        if (moderation.ViolationAt(check.Link!) is { } existing)
        {
            conversations.End(context.UserId);
            await notifier.SendAsync(context.ChatId, ModerationTexts.Duplicate(existing, NameOf(existing.RecordedById), calendar), ct: ct);
            return;
        }

        state.Values[ViolationEntryState.Link] = check.Link!;
        state.Values[ViolationEntryState.Network] = check.Network.ToString();
        conversations.MoveTo(state, ProfileStep);
        await notifier.SendAsync(context.ChatId, ModerationTexts.AskProfile, CancelOnly(), ct);
    }

    private async Task OnProfileAsync(BotContext context, ConversationState state, string text, CancellationToken ct)
    {
        var keys = ProfileKey.AllIn(text);
        if (keys.Count == 0)
        {
            await notifier.SendAsync(context.ChatId, Html.Text(PageLink.Check(text).Error ?? "Нужна ссылка на страницу автора."), CancelOnly(), ct);
            return;
        }

        state.Values[ViolationEntryState.Profiles] = string.Join(' ', keys);
        conversations.MoveTo(state, NameStep);
        var known = moderation.AuthorsWith(keys);
        var lines = new List<string>();
        if (known.Count == 1)
        {
            lines.Add(ModerationTexts.KnownAuthor(known[0], moderation.ViolationsOf(known[0].Id).Count));
        }
        else if (known.Count > 1)
        {
            lines.Add(ModerationTexts.AuthorsJoined(known.Count));
        }

        lines.Add(ModerationTexts.AskName);
        var keep = KnownName(state) is { } name
            ? Buttons.Column(ButtonCodec.Button(ModerationTexts.KeepNameButton(name), new KeepAuthorNameButton()), Cancel.CancelFeature.Button())
            : CancelOnly();
        await notifier.SendAsync(context.ChatId, string.Join("\n\n", lines), keep, ct);
    }

    private async Task OnNameAsync(BotContext context, ConversationState state, string text, CancellationToken ct)
    {
        if (PersonName.Check(text) != NameProblem.None)
        {
            await notifier.SendAsync(context.ChatId, "Имя нужно не пустое и короче 100 знаков.", CancelOnly(), ct);
            return;
        }

        state.Values[ViolationEntryState.Name] = PersonName.Normalize(text);
        await AskTypeAsync(context, state, ct);
    }

    private async Task OnNoteAsync(BotContext context, ConversationState state, string text, CancellationToken ct)
    {
        if (text.Trim().Length > Violation.MaxNoteLength)
        {
            await notifier.SendAsync(context.ChatId, $"Описание длиннее {Violation.MaxNoteLength} знаков — сократите его.", CancelOnly(), ct);
            return;
        }

        state.Values[ViolationEntryState.Note] = text.Trim();
        await AskMeasureAsync(context, state, ct);
    }

    private async Task OnEvidenceAsync(BotContext context, ConversationState state, Message message, CancellationToken ct)
    {
        var item = Submissions.IncomingMedia.Of(message);
        var text = Submissions.IncomingMedia.TextOf(message);
        if (item is null && string.IsNullOrWhiteSpace(text))
        {
            await notifier.SendAsync(context.ChatId, ModerationTexts.EvidenceNotSupported, SaveKeyboard(), ct);
            return;
        }

        if (item is not null)
        {
            ViolationEntryState.AddEvidence(state, item);
        }

        if (!string.IsNullOrWhiteSpace(text) && !(state.Value(ViolationEntryState.EvidenceText) ?? "").Contains(text.Trim(), StringComparison.Ordinal))
        {
            ViolationEntryState.AddEvidenceText(state, text);
        }

        conversations.MoveTo(state, EvidenceStep);
        var files = ViolationEntryState.EvidenceOf(state).Count;
        var html = $"Приложено: {Russian(files)}{((state.Value(ViolationEntryState.EvidenceText) ?? "").Length > 0 ? ", текст комментария" : "")}. Можно добавить ещё или нажмите «{ModerationTexts.SaveButton}».";
        var group = message.MediaGroupId;
        if (group is not null && state.Value(ViolationEntryState.AlbumAnswer + group) is { } answered && int.TryParse(answered, out var answerId)
            && await notifier.EditAsync(context.ChatId, answerId, html, SaveKeyboard(), ct))
        {
            return;
        }

        if (await notifier.SendAsync(context.ChatId, html, SaveKeyboard(), ct) is { } sent && group is not null)
        {
            state.Values[ViolationEntryState.AlbumAnswer + group] = sent.ToString(CultureInfo.InvariantCulture);
            conversations.MoveTo(state, EvidenceStep);
        }
    }

    private async Task AskTypeAsync(BotContext context, ConversationState state, CancellationToken ct)
    {
        conversations.MoveTo(state, TypeStep);
        var keyboard = new InlineKeyboardMarkup(ViolationTypes.All
            .Select(type => ButtonCodec.Button(ModerationTexts.TypeButton(type), new ViolationTypeButton(type)))
            .Chunk(2)
            .Append([Cancel.CancelFeature.Button()]));
        await notifier.SendAsync(context.ChatId, ModerationTexts.AskType, keyboard, ct);
    }

    private async Task AskMeasureAsync(BotContext context, ConversationState state, CancellationToken ct)
    {
        conversations.MoveTo(state, MeasureStep);
        var keyboard = Buttons.Column(
            ButtonCodec.Button(ModerationTexts.MeasureButton(ModerationMeasure.Deleted), new MeasureButton(ModerationMeasure.Deleted)),
            ButtonCodec.Button(ModerationTexts.MeasureButton(ModerationMeasure.Hidden), new MeasureButton(ModerationMeasure.Hidden)),
            Cancel.CancelFeature.Button());
        await notifier.SendAsync(context.ChatId, ModerationTexts.AskMeasure, keyboard, ct);
    }

    // The name the log already has for an author of these profiles.
    private string? KnownName(ConversationState state)
    {
        var keys = (state.Value(ViolationEntryState.Profiles) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return moderation.AuthorsWith(keys).Select(a => a.Name).FirstOrDefault(n => n.Length > 0 && PersonName.Check(n) == NameProblem.None);
    }

    private string NameOf(long personId) => people.Find(personId)?.Name ?? "координатор";

    private static string Russian(int files) => Common.Russian.Count(files, "файл", "файла", "файлов");

    private static InlineKeyboardMarkup CancelOnly() => Buttons.Column(Cancel.CancelFeature.Button());

    private static InlineKeyboardMarkup SaveKeyboard() => Buttons.Column(
        ButtonCodec.Button(ModerationTexts.SaveButton, new SaveViolationButton()),
        Cancel.CancelFeature.Button());

    private ConversationState State(BotContext context, string step) =>
        heads.MaySeeLog(context.Person) && context.Conversation is { Feature: Name } state && state.Step == step
            ? state
            : throw new StaleButtonException();
}
