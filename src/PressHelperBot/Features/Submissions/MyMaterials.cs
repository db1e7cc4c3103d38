using PressHelperBot.Domain;
using PressHelperBot.Domain.People;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Review;
using PressHelperBot.Features.Start;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Submissions;

// "📂 Мои новости" and /my: the author's submissions with their status; until a coordinator has
// decided, each can be corrected (a new version goes to the coordinators) or withdrawn.
internal sealed class MyMaterials(
    SubmissionRepository submissions,
    DraftFlow flow,
    WithdrawSubmission withdraw,
    IChatNotifier notifier)
    : ICommandHandler, IButtonHandler<MyListButton>, IButtonHandler<OpenMaterialButton>, IButtonHandler<WithdrawButton>,
        IButtonHandler<ConfirmWithdrawButton>, IButtonHandler<CorrectSubmissionButton>, IMenuContributor
{
    private const int Shown = 10;

    public string Command => "my";

    public string? Description => "мои новости и их статус";

    public Audience Audience => Audience.Staff | Audience.Coordinator | Audience.Admin;

    public int Order => 2;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        (audience & Audience) != 0 && person.DepartmentIds.Count > 0
            ? [ButtonCodec.Button(SubmissionTexts.MineButton, new MyListButton(InPlace: true))]
            : [];

    public Task HandleAsync(BotContext context, string argument, CancellationToken ct) => ListAsync(context, edit: false, ct);

    // From the main menu and as "back" from one material, the list takes the pressed message's place.
    public async Task<string?> HandleAsync(BotContext context, MyListButton button, CancellationToken ct)
    {
        await ListAsync(context, button.InPlace, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, OpenMaterialButton button, CancellationToken ct)
    {
        var submission = Mine(context, button.SubmissionId);
        await notifier.ReplaceAsync(context, MyMaterialsTexts.Details(submission), DetailsKeyboard(submission), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, WithdrawButton button, CancellationToken ct)
    {
        var submission = Mine(context, button.SubmissionId);
        await notifier.ReplaceAsync(context, MyMaterialsTexts.ConfirmWithdraw, Telegram.Buttons.Column(
            ButtonCodec.Button(MyMaterialsTexts.ConfirmWithdrawButton, new ConfirmWithdrawButton(submission.Id)),
            ButtonCodec.Button(MyMaterialsTexts.BackButton, new OpenMaterialButton(submission.Id))), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, ConfirmWithdrawButton button, CancellationToken ct)
    {
        if (withdraw.Run(button.SubmissionId, context.UserId, context.Now) is { } refusal)
        {
            var submission = Mine(context, button.SubmissionId);
            await notifier.ReplaceAsync(context, MyMaterialsTexts.Details(submission), DetailsKeyboard(submission), ct);
            return refusal;
        }

        await notifier.ReplaceAsync(context, MyMaterialsTexts.Withdrawn(button.SubmissionId), null, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, CorrectSubmissionButton button, CancellationToken ct)
    {
        var submission = Mine(context, button.SubmissionId);
        try
        {
            await flow.StartCorrectionAsync(context, SubmissionDraft.Correcting(submission, context.UserId), ct);
            return null;
        }
        catch (DomainException e)
        {
            return e.Message;
        }
    }

    private Submission Mine(BotContext context, int submissionId) =>
        submissions.Find(submissionId) is { } submission && submission.AuthorId == context.UserId ? submission : throw new StaleButtonException();

    private async Task ListAsync(BotContext context, bool edit, CancellationToken ct)
    {
        var mine = submissions.ByAuthor(context.UserId).Where(s => s.Status != SubmissionStatus.Draft).Take(Shown).ToList();
        var text = mine.Count == 0 ? MyMaterialsTexts.Empty : MyMaterialsTexts.Title;
        var keyboard = Telegram.Buttons.Column(mine.Select(s => ButtonCodec.Button(MyMaterialsTexts.Row(s), new OpenMaterialButton(s.Id))).Append(MainMenu.Back()));
        if (edit)
        {
            await notifier.ReplaceAsync(context, text, keyboard, ct);
        }
        else
        {
            await notifier.SendAsync(context.ChatId, text, keyboard, ct);
        }
    }

    private static InlineKeyboardMarkup DetailsKeyboard(Submission submission)
    {
        var buttons = new List<InlineKeyboardButton>();
        if (StatusMachine.Allows(submission.Status, SubmissionAction.Withdraw))
        {
            buttons.Add(ButtonCodec.Button(MyMaterialsTexts.CorrectButton, new CorrectSubmissionButton(submission.Id)));
            buttons.Add(ButtonCodec.Button(MyMaterialsTexts.WithdrawButton, new WithdrawButton(submission.Id)));
        }

        buttons.Add(ButtonCodec.Button(History.HistoryTexts.Button, new History.MyHistoryButton(submission.Id)));
        buttons.Add(ButtonCodec.Button(MyMaterialsTexts.BackButton, new MyListButton(InPlace: true)));
        return Telegram.Buttons.Column(buttons);
    }
}
