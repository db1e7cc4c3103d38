using PressHelperBot.Domain;
using PressHelperBot.Domain.People;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Review;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Submissions;

// "📂 Мои новости" and /my: the author's submissions with their status; until a coordinator has
// decided, each can be corrected (a new version goes to the coordinators) or withdrawn.
internal sealed class MyMaterials(
    SubmissionRepository submissions,
    DraftFlow flow,
    ReviewCards cards,
    IChatNotifier notifier) : ICommandHandler, ICallbackHandler, IMenuContributor
{
    public const string Name = "my";
    private const int Shown = 10;
    private const int Attempts = 5;

    public string Command => Name;

    public string Feature => Name;

    public string? Description => "мои новости и их статус";

    public Audience Audience => Audience.Staff | Audience.Coordinator | Audience.Admin;

    public int Order => 2;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        (audience & Audience) != 0 && person.DepartmentIds.Count > 0
            ? [Telegram.Buttons.Callback(SubmissionTexts.MineButton, Name, "l")]
            : [];

    public Task HandleAsync(BotContext context, string argument, CancellationToken ct) => ListAsync(context, edit: false, ct);

    public async Task<string?> HandleAsync(BotContext context, CallbackData data, CancellationToken ct)
    {
        // "l" from the main menu opens a new list; "b" (back from one material) turns that message into it.
        if (data.Action is "l" or "b")
        {
            await ListAsync(context, edit: data.Action == "b", ct);
            return null;
        }

        var submission = submissions.Find(data.IntArg(0));
        if (submission is null || submission.AuthorId != context.UserId)
        {
            throw new StaleButtonException();
        }
        switch (data.Action)
        {
            case "o":
                await notifier.ReplaceAsync(context, MyMaterialsTexts.Details(submission), DetailsKeyboard(submission), ct);
                return null;
            case "w":
                await notifier.ReplaceAsync(context, MyMaterialsTexts.ConfirmWithdraw, Telegram.Buttons.Column(
                    Telegram.Buttons.Callback(MyMaterialsTexts.ConfirmWithdrawButton, Name, "wy", submission.Id),
                    Telegram.Buttons.Callback(MyMaterialsTexts.BackButton, Name, "o", submission.Id)), ct);
                return null;
            case "wy":
                return await WithdrawAsync(context, submission.Id, ct);
            case "f":
                try
                {
                    await flow.StartCorrectionAsync(context, SubmissionDraft.Correcting(submission, context.UserId), ct);
                    return null;
                }
                catch (DomainException e)
                {
                    return e.Message;
                }
            default:
                throw new StaleButtonException();
        }
    }

    private async Task ListAsync(BotContext context, bool edit, CancellationToken ct)
    {
        var mine = submissions.ByAuthor(context.UserId).Where(s => s.Status != SubmissionStatus.Draft).Take(Shown).ToList();
        if (mine.Count == 0)
        {
            await notifier.SendAsync(context.ChatId, MyMaterialsTexts.Empty, ct: ct);
            return;
        }
        var keyboard = Telegram.Buttons.Column(mine.Select(s => Telegram.Buttons.Callback(MyMaterialsTexts.Row(s), Name, "o", s.Id)));
        if (edit)
        {
            await notifier.ReplaceAsync(context, MyMaterialsTexts.Title, keyboard, ct);
        }
        else
        {
            await notifier.SendAsync(context.ChatId, MyMaterialsTexts.Title, keyboard, ct);
        }
    }

    private async Task<string?> WithdrawAsync(BotContext context, int id, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var submission = submissions.Find(id)!;
            try
            {
                submission.Withdraw(context.UserId, context.Now);
            }
            catch (DomainException e)
            {
                await notifier.ReplaceAsync(context, MyMaterialsTexts.Details(submission), DetailsKeyboard(submission), ct);
                return e.Message;
            }
            if (submissions.TrySave(submission))
            {
                cards.CloseAll(submission, ReviewTexts.Withdrawn);
                await notifier.ReplaceAsync(context, MyMaterialsTexts.Withdrawn(id), null, ct);
                return null;
            }
        }
        throw new InvalidOperationException($"Submission {id} kept changing while its author withdrew it.");
    }

    private static InlineKeyboardMarkup DetailsKeyboard(Submission submission)
    {
        var buttons = new List<InlineKeyboardButton>();
        if (StatusMachine.Allows(submission.Status, SubmissionAction.Withdraw))
        {
            buttons.Add(Telegram.Buttons.Callback(MyMaterialsTexts.CorrectButton, Name, "f", submission.Id));
            buttons.Add(Telegram.Buttons.Callback(MyMaterialsTexts.WithdrawButton, Name, "w", submission.Id));
        }
        buttons.Add(Telegram.Buttons.Callback(MyMaterialsTexts.BackButton, Name, "b"));
        return Telegram.Buttons.Column(buttons);
    }
}
