using FakeTelegram;
using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Features.Review;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Submissions;

// The cast of most submission scenarios: a department with one staff member and two coordinators
// (the admin, a coordinator too, is left out of the cards by being given no chat of interest).
public sealed class NewsDesk
{
    private NewsDesk(BotUnderTest bot, Department culture, FakeUser ivan, FakeUser maria, FakeUser oleg)
    {
        Bot = bot;
        Culture = culture;
        Ivan = ivan;
        Maria = maria;
        Oleg = oleg;
    }

    public BotUnderTest Bot { get; }

    public Department Culture { get; }

    // Staff of the culture department.
    public FakeUser Ivan { get; }

    public FakeUser Maria { get; }

    public FakeUser Oleg { get; }

    public static NewsDesk Open(BotUnderTest bot)
    {
        var culture = bot.Seed.Department("Отдел культуры");
        var ivan = bot.NewPerson("Иван", "Петров");
        bot.Seed.Staff(ivan, culture);
        var maria = bot.NewPerson("Мария", "Первая");
        bot.Seed.Coordinator(maria);
        var oleg = bot.NewPerson("Олег", "Второй");
        bot.Seed.Coordinator(oleg);
        return new NewsDesk(bot, culture, ivan, maria, oleg);
    }

    public SubmissionRepository Submissions => Bot.Get<SubmissionRepository>();

    public Submission Only() => Assert.Single(Submissions.ByAuthor(Ivan.Id));

    // Ivan goes through the whole conversation with a text only and sends it.
    public async Task<Submission> SubmitTextAsync(string text, string? date = null)
    {
        await Ivan.SendsAsync("/new");
        await Ivan.SeesAsync("Пришлите текст новости");
        await Ivan.SendsAsync(text);
        await Ivan.SeesAsync("Теперь пришлите фото");
        await Ivan.PressesAsync("Дальше ▶");
        await Ivan.SeesAsync("Когда хотели бы опубликовать");
        if (date is null)
        {
            await Ivan.PressesAsync("Без даты");
        }
        else
        {
            await Ivan.SendsAsync(date);
        }
        await Ivan.SeesButtonAsync("📤 Отправить");
        await Ivan.PressesAsync("📤 Отправить");
        await Ivan.SeesAsync("отправлена координатору");
        return Submissions.ByAuthor(Ivan.Id)[0];
    }

    // A submission from Ivan, straight into storage and to the coordinators: for scenarios about
    // deciding, where the conversation of sending it is not the point.
    public Submission Submitted(string text, DateOnly? wished = null)
    {
        var draft = SubmissionDraft.Start(Ivan.Id, Culture.Id);
        draft.SetText(text);
        draft.SetWishedDate(wished);
        var submission = draft.ToSubmission(Bot.Clock.GetUtcNow());
        Submissions.Add(submission);
        using var scope = Bot.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ReviewCards>().Send(submission, changedFrom: null);
        return submission;
    }

    // Cards go through the outbox: waits until it has delivered everything queued.
    public async Task<BotMessage> CardAsync(FakeUser coordinator, Submission submission)
    {
        await Bot.OutboxIdleAsync();
        return await coordinator.Chat.WaitForBotMessageAsync(m => m.Text.Contains($"Новость №{submission.Id}") && m.AllButtons.Any(b => b.Text == "✅ В план"));
    }
}
