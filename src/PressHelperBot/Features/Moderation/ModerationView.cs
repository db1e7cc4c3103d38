using System.Globalization;
using System.Text;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Moderation;
using PressHelperBot.Domain.People;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Moderation;

// «🛡 Модерация» and /moderation: this month's violations and the authors with two or more, each one
// press from their card (history, decisions, another profile link); the Excel file. Only coordinators,
// admins and the head see any of it (Heads.MaySeeLog), checked at every press.
internal sealed class ModerationView(
    ModerationRepository moderation,
    PeopleRepository people,
    ConversationStore conversations,
    MergeAuthors merge,
    Heads heads,
    OrgCalendar calendar,
    IOutbox outbox,
    IChatNotifier notifier)
    : ICommandHandler, IMenuContributor, IButtonHandler<ModerationMenuButton>, IButtonHandler<OpenAuthorButton>,
      IButtonHandler<MergeAuthorButton>, IButtonHandler<ExportModerationButton>, IConversationHandler
{
    public const string MergeConversation = "mdm";
    private const string AuthorKey = "author";
    private const int MaxShown = 30;
    private const int MaxLines = 15;

    public string Command => "moderation";

    public string? Description => "журнал модерации комментариев";

    public string Feature => MergeConversation;

    public Audience Audience => Audience.Deciders | Audience.Observer;

    public int Order => 42;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        heads.MaySeeLog(person) ? [ButtonCodec.Button(ModerationTexts.MenuButton, new ModerationMenuButton())] : [];

    public async Task HandleAsync(BotContext context, string argument, CancellationToken ct)
    {
        if (!heads.MaySeeLog(context.Person))
        {
            await notifier.SendAsync(context.ChatId, ModerationTexts.Forbidden, ct: ct);
            return;
        }

        await notifier.SendAsync(context.ChatId, MenuText(context, out var keyboard), keyboard, ct);
    }

    public async Task<string?> HandleAsync(BotContext context, ModerationMenuButton button, CancellationToken ct)
    {
        if (!heads.MaySeeLog(context.Person))
        {
            return ModerationTexts.Forbidden;
        }

        await notifier.ReplaceAsync(context, MenuText(context, out var keyboard), keyboard, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, OpenAuthorButton button, CancellationToken ct)
    {
        if (!heads.MaySeeLog(context.Person))
        {
            return ModerationTexts.Forbidden;
        }

        var author = moderation.Author(button.AuthorId) ?? throw new StaleButtonException();
        var text = ModerationTexts.History(author, moderation.ViolationsOf(author.Id), calendar)
            + (author.PendingProposal is not null ? "\n\n⏳ Предложение о блокировке ждёт решения руководителя." : "");
        var keyboard = Telegram.Buttons.Column(
            ButtonCodec.Button(ModerationTexts.MergeButton, new MergeAuthorButton(author.Id)),
            ButtonCodec.Button(ModerationTexts.BackButton, new ModerationMenuButton()));
        await notifier.ReplaceAsync(context, Cut(text), keyboard, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, MergeAuthorButton button, CancellationToken ct)
    {
        if (!context.Is(Audience.Deciders))
        {
            // The head reads the log; the coordinators keep it.
            return Telegram.RouterTexts.Forbidden;
        }

        _ = moderation.Author(button.AuthorId) ?? throw new StaleButtonException();
        conversations.Begin(context.UserId, MergeConversation, "link", new Dictionary<string, string>
        {
            [AuthorKey] = button.AuthorId.ToString(CultureInfo.InvariantCulture),
        });
        await notifier.SendAsync(context.ChatId, ModerationTexts.AskMergeLink, Telegram.Buttons.Column(Cancel.CancelFeature.Button()), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, ExportModerationButton button, CancellationToken ct)
    {
        if (!heads.MaySeeLog(context.Person))
        {
            return ModerationTexts.Forbidden;
        }

        var violations = moderation.AllViolations();
        var file = ModerationWorkbook.Build(violations, moderation.AllAuthors(), id => people.Find(id)?.Name ?? "", calendar);
        var today = calendar.Today(context.Now);
        outbox.Send(new OutgoingMessage($"moderation:export:{context.UserId}:{context.Update.Id}", context.ChatId,
            $"Журнал модерации на {today.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}: {ModerationTexts.Violations(violations.Count)}")
        {
            File = new OutgoingFile($"moderaciya-{today:yyyy-MM-dd}.xlsx", file),
        });
        return await Task.FromResult("Готовлю файл…");
    }

    // The other profile link for «🔗 Ещё ссылка на этого автора».
    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        var state = context.Conversation!;
        if (!context.Is(Audience.Deciders))
        {
            conversations.End(context.UserId);
            await notifier.SendAsync(context.ChatId, Telegram.RouterTexts.Forbidden, ct: ct);
            return;
        }

        var key = ProfileKey.Of(context.Message?.Text);
        if (key is null)
        {
            await notifier.SendAsync(context.ChatId, "Нужна ссылка на страницу, например https://vk.com/ivan.petrov", Telegram.Buttons.Column(Cancel.CancelFeature.Button()), ct);
            return;
        }

        conversations.End(context.UserId);
        var authorId = int.TryParse(state.Value(AuthorKey), CultureInfo.InvariantCulture, out var id) ? id : 0;
        if (moderation.Author(authorId) is null)
        {
            await notifier.SendAsync(context.ChatId, "Этого автора больше нет в журнале: его объединили с другим.", ct: ct);
            return;
        }

        var result = merge.Run(authorId, key, context.UserId, context.DisplayName, context.Now);
        var text = result switch
        {
            MergeResult.LinkAdded added => $"🔗 Ссылка добавлена: теперь у автора ({Html.Text(ModerationTexts.DisplayName(added.Author))}) страниц: {added.Author.Profiles.Count}.",
            MergeResult.Merged merged => $"🔗 Истории объединены: {Html.Text(ModerationTexts.DisplayName(merged.Author))}, {ModerationTexts.Violations(moderation.ViolationsOf(merged.Author.Id).Count)}." +
                (merged.Proposed ? "\n🚫 Нарушений два и больше — предложение о блокировке отправлено руководителю." : ""),
            MergeResult.Refused refused => Html.Text(refused.Reason),
            _ => "",
        };
        await notifier.SendAsync(context.ChatId, text, Telegram.Buttons.Column(ButtonCodec.Button("👤 Карточка автора", new OpenAuthorButton(authorId))), ct);
    }

    private string MenuText(BotContext context, out InlineKeyboardMarkup keyboard)
    {
        var today = calendar.Today(context.Now);
        var first = new DateOnly(today.Year, today.Month, 1);
        var month = moderation.ViolationsBetween(calendar.StartOf(first), calendar.StartOf(first.AddMonths(1)).AddTicks(-1));
        var authors = moderation.AllAuthors().ToDictionary(a => a.Id);
        var counts = moderation.AllViolations().GroupBy(v => v.AuthorId).ToDictionary(g => g.Key, g => g.Count());
        var repeat = authors.Values.Where(a => counts.GetValueOrDefault(a.Id) >= TwoStrikeRule.Strikes)
            .OrderByDescending(a => counts[a.Id]).ThenBy(a => a.Id).ToList();

        var html = new StringBuilder("🛡 <b>Журнал модерации</b>\n")
            .Append("Нарушений в этом месяце: ").Append(month.Count);
        foreach (var v in month.TakeLast(MaxLines))
        {
            html.Append("\n• ").Append(ModerationTexts.Day(v.RecordedAt, calendar)).Append(", ").Append(SocialNetworks.Russian(v.Network)).Append(": ")
                .Append(Html.Text(v.TypeText)).Append(" — ").Append(Html.Text(authors.TryGetValue(v.AuthorId, out var a) ? ModerationTexts.DisplayName(a) : ""));
        }

        html.Append("\n\nАвторы с двумя и более нарушениями: ").Append(repeat.Count);
        var rows = repeat.Take(MaxShown).Select(a => new[]
        {
            ButtonCodec.Button($"👤 {ModerationTexts.DisplayName(a)} · {counts[a.Id]}{(a.IsBlocked ? " · 🚫" : a.PendingProposal is not null ? " · ⏳" : "")}", new OpenAuthorButton(a.Id)),
        }).ToList();
        if (context.Is(Audience.Deciders))
        {
            rows.Add([ButtonCodec.Button(ModerationTexts.RecordButton, new RecordViolationButton())]);
        }

        rows.Add([ButtonCodec.Button(ModerationTexts.ExportButton, new ExportModerationButton())]);
        if (context.Is(Audience.Admin))
        {
            rows.Add([ButtonCodec.Button(ModerationTexts.HeadsButton, new HeadsButton())]);
        }

        keyboard = new InlineKeyboardMarkup(rows);
        return html.ToString();
    }

    // A long history is cut at a line break: tags and entities never span lines there.
    private static string Cut(string html) => html.Length <= 3900 ? html : html[..html.LastIndexOf('\n', 3900)] + "\n…";
}
