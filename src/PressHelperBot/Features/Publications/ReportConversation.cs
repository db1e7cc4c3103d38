using System.Globalization;
using PressHelperBot.Domain.Publications;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Publications;

// The links a person sends after "📣 Мы опубликовали" or "✅ Опубликовано": one message may hold
// several. A link the bot cannot place keeps the step open for a corrected one; a link it must ask
// about waits for the answer by button.
internal sealed class ReportConversation(
    ConversationStore conversations,
    RecordPublications record,
    ReportAnswers answers,
    IChatNotifier notifier) : IConversationHandler
{
    public const string Name = "pub";
    public const string LinksStep = "links";
    public const string AskStep = "ask";
    public const string SubmissionKey = "sub";
    public const string StoryKey = "story";
    public const string DayKey = "day";
    public const string AskKey = "ask";

    public string Feature => Name;

    public Audience Audience => Audience.Staff | Audience.Coordinator | Audience.Admin;

    public static ReportTarget TargetOf(ConversationState state) =>
        new(int.TryParse(state.Value(SubmissionKey), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null, state.Value(StoryKey) ?? "");

    public static DateOnly DayOf(ConversationState state) =>
        DateOnly.ParseExact(state.Value(DayKey) ?? "", "yyyyMMdd", CultureInfo.InvariantCulture);

    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        var state = context.Conversation!;
        if (state.Step == AskStep)
        {
            // A question about a link is answered by its buttons; ask it again.
            await answers.AskNextAsync(context, state, note: null, ct);
            return;
        }
        if ((context.Message?.Text ?? context.Message?.Caption) is not { } text)
        {
            await notifier.SendAsync(context.ChatId, PublicationTexts.SendLinksAsText, ReportAnswers.DoneKeyboard(), ct);
            return;
        }
        var result = record.Run(context.Person!, TargetOf(state), text, context.Now);
        await answers.AfterAsync(context, state, result, ct);
    }

    public void Begin(long userId, ReportTarget target) =>
        conversations.Begin(userId, Name, LinksStep, new()
        {
            [SubmissionKey] = target.SubmissionId?.ToString(CultureInfo.InvariantCulture) ?? "",
            [StoryKey] = target.Story,
        });

    public static PostLink? Pending(ConversationState state) =>
        (state.Value(AskKey) ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() is { } url ? PostLinks.Parse(url).Link : null;
}
