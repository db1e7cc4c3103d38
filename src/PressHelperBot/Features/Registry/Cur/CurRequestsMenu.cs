using PressHelperBot.Configuration;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Registry;

// "📨 Запросы ЦУР" for coordinators and admins: open requests with their due dates, a new one (what is
// asked, by when: CurRequestConversation), the answer assembled from the registry as an .xlsx, "sent",
// and the answers sent before, each with its file.
internal sealed class CurRequestsMenu(
    CurRequestRepository requests,
    PeopleRepository people,
    AnswerCurRequest answers,
    ConversationStore conversations,
    IOutbox outbox,
    RegistrySettings settings,
    OrgCalendar calendar,
    IChatNotifier notifier)
    : IButtonHandler<CurRequestsButton>,
        IButtonHandler<NewCurRequestButton>,
        IButtonHandler<CurRequestButton>,
        IButtonHandler<AssembleAnswerButton>,
        IButtonHandler<AnswerSentButton>,
        IButtonHandler<AnswerFileButton>
{
    public const string Name = "cur";
    public const string WhatStep = "what";
    public const string DueStep = "due";
    public const string WhatKey = "what";

    // A list longer than this would not fit a screen; older answers stay in the file of the registry.
    private const int MaxListed = 30;

    public Audience Audience => Audience.Deciders;

    public async Task<string?> HandleAsync(BotContext context, CurRequestsButton button, CancellationToken ct)
    {
        var today = calendar.Today(context.Now);
        var listed = button.Answered ? requests.Answered() : requests.Open();
        var buttons = listed.Take(MaxListed).Select(r => ButtonCodec.Button(CurTexts.ListButton(r), new CurRequestButton(r.Id, AsNewMessage: false))).ToList();
        if (button.Answered)
        {
            buttons.Add(ButtonCodec.Button(CurTexts.OpenListButton, new CurRequestsButton(false)));
        }
        else
        {
            buttons.Add(ButtonCodec.Button(CurTexts.NewButton, new NewCurRequestButton()));
            buttons.Add(ButtonCodec.Button(CurTexts.AnsweredButton, new CurRequestsButton(true)));
        }
        buttons.Add(RegistryMenu.HomeButton());
        var text = button.Answered ? CurTexts.AnsweredList(listed) : CurTexts.List(listed, today);
        await notifier.ReplaceAsync(context, text, Telegram.Buttons.Column(buttons), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, NewCurRequestButton button, CancellationToken ct)
    {
        conversations.Begin(context.UserId, Name, WhatStep);
        await notifier.SendAsync(context.ChatId, CurTexts.AskWhat, Telegram.Buttons.Column(CancelFeature.Button()), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, CurRequestButton button, CancellationToken ct)
    {
        await ShowAsync(context, Existing(button.RequestId), button.AsNewMessage, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, AssembleAnswerButton button, CancellationToken ct)
    {
        var request = Existing(button.RequestId);
        if (!request.IsOpen)
        {
            throw new StaleButtonException();
        }
        var answer = answers.Assemble(request, context.Now);
        outbox.Send(new OutgoingMessage($"cur:{request.Id}:assembled:{context.Update.Id}", context.ChatId, CurTexts.AnswerCaption(request))
        {
            File = new OutgoingFile(answer.FileName, answer.Content),
        });
        await ShowAsync(context, request, asNewMessage: false, ct);
        return "Собираю файл…";
    }

    public async Task<string?> HandleAsync(BotContext context, AnswerSentButton button, CancellationToken ct)
    {
        var problem = answers.MarkSent(Existing(button.RequestId).Id, context.UserId, context.DisplayName, context.Now);
        await ShowAsync(context, Existing(button.RequestId), asNewMessage: false, ct);
        return problem ?? (settings.CurChatId is null ? "Отмечено: ответ отправлен" : "Ответ отправлен в ЦУР");
    }

    public Task<string?> HandleAsync(BotContext context, AnswerFileButton button, CancellationToken ct)
    {
        var request = Existing(button.RequestId);
        var answer = requests.Answer(request.Id) ?? throw new StaleButtonException();
        outbox.Send(new OutgoingMessage($"cur:{request.Id}:copy:{context.Update.Id}", context.ChatId, CurTexts.AnswerCaption(request))
        {
            File = new OutgoingFile(answer.FileName, answer.Content),
        });
        return Task.FromResult<string?>("Отправляю файл…");
    }

    public async Task ShowAsync(BotContext context, CurRequest request, bool asNewMessage, CancellationToken ct)
    {
        var answer = requests.Answer(request.Id);
        var facts = new CurCardFacts(
            people.Find(request.RecordedById)?.Name,
            request.AnsweredById is { } by ? people.Find(by)?.Name : null,
            request.AnsweredAt is { } at ? calendar.Today(at) : null,
            answer is null ? null : calendar.Today(answer.MadeAt));
        var text = CurTexts.Card(request, calendar.Today(context.Now), facts);
        var keyboard = Keyboard(request, answer is not null);
        if (asNewMessage || context.Callback is null)
        {
            await notifier.SendAsync(context.ChatId, text, keyboard, ct);
        }
        else
        {
            await notifier.ReplaceAsync(context, text, keyboard, ct);
        }
    }

    private InlineKeyboardMarkup Keyboard(CurRequest request, bool assembled)
    {
        var buttons = new List<InlineKeyboardButton>();
        if (request.IsOpen)
        {
            buttons.Add(ButtonCodec.Button(CurTexts.AssembleButton, new AssembleAnswerButton(request.Id)));
            buttons.Add(ButtonCodec.Button(settings.CurChatId is null ? CurTexts.SentButton : CurTexts.SendButton, new AnswerSentButton(request.Id)));
        }
        else if (assembled)
        {
            buttons.Add(ButtonCodec.Button(CurTexts.FileButton, new AnswerFileButton(request.Id)));
        }
        buttons.Add(ButtonCodec.Button(RegistryTexts.BackButton, new CurRequestsButton(!request.IsOpen)));
        return Telegram.Buttons.Column(buttons);
    }

    private CurRequest Existing(int id) => requests.Find(id) ?? throw new StaleButtonException();
}
