using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.People;
using PressHelperBot.Features.Common;
using PressHelperBot.Features.Start;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Review;

// "📥 Ждут решения" and /pending: the news waiting for a coordinator, oldest first, each one press
// from its card with the decision buttons. Cards scroll away in a busy chat; this list does not.
internal sealed class PendingList(
    SubmissionRepository submissions,
    DepartmentRepository departments,
    ReviewCards cards,
    IChatNotifier notifier) : ICommandHandler, IButtonHandler<PendingListButton>, IButtonHandler<ShowPendingButton>, IMenuContributor
{
    // Telegram shows at most 100 buttons; a press service with more waiting news has a bigger problem.
    private const int MaxShown = 30;

    public string Command => "pending";

    public string? Description => "новости, которые ждут решения";

    public Audience Audience => Audience.Deciders;

    public int Order => 2;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        (audience & Audience) != 0 ? [ButtonCodec.Button("📥 Ждут решения", new PendingListButton())] : [];

    public Task HandleAsync(BotContext context, string argument, CancellationToken ct) =>
        notifier.SendAsync(context.ChatId, ListText(out var keyboard), keyboard, ct);

    public async Task<string?> HandleAsync(BotContext context, PendingListButton button, CancellationToken ct)
    {
        await notifier.ReplaceAsync(context, ListText(out var keyboard), keyboard, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, ShowPendingButton button, CancellationToken ct)
    {
        // Pressed on an old list: the news may have been decided or withdrawn since.
        if (submissions.Find(button.SubmissionId) is not { Status: Domain.Submissions.SubmissionStatus.Submitted } submission)
        {
            await notifier.ReplaceAsync(context, ListText(out var fresh), fresh, ct);
            return "Решение по этой новости уже принято — список обновлён.";
        }

        cards.ShowTo(submission, context.ChatId, context.Now);
        return $"Карточка новости №{submission.Id} — ниже.";
    }

    // From the main menu the list takes the menu's place: «⬅️ Назад» brings it back.
    private string ListText(out InlineKeyboardMarkup keyboard)
    {
        var pending = submissions.Pending().OrderBy(s => s.PendingSince).ToList();
        if (pending.Count == 0)
        {
            keyboard = Telegram.Buttons.Column(MainMenu.Back());
            return "📥 Новостей, которые ждут решения, нет.";
        }

        var shown = pending.Take(MaxShown).ToList();
        keyboard = Telegram.Buttons.Column(shown.Select(s =>
            ButtonCodec.Button($"№{s.Id} · {Department(s.DepartmentId)} · {PlanItem.ShortTitle(s.CurrentText)}", new ShowPendingButton(s.Id))).Append(MainMenu.Back()));
        var more = pending.Count > shown.Count ? $"\nПоказаны первые {shown.Count}, самые давние." : "";
        return $"📥 Ждут решения: {pending.Count} {Russian.Plural(pending.Count, "новость", "новости", "новостей")}, сначала самые давние. Нажмите, чтобы открыть карточку.{more}";
    }

    private string Department(int id) => departments.Find(id)?.Name ?? "—";
}
