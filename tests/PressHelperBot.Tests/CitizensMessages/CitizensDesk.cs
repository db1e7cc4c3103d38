using FakeTelegram;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.CitizensMessages;

// The cast of a citizens' messages scenario: «Отдел культуры» with Иван Петров on its staff, the
// coordinators Мария Петрова and Олег Второй (the harness's admin coordinates too). The clock stands on
// Monday 23.11.2026 09:00 Moscow, so the default due time of an assignment made then is 18:00 that day.
internal sealed class CitizensDesk
{
    private CitizensDesk(BotUnderTest bot)
    {
        Bot = bot;
        Culture = bot.Seed.Department("Отдел культуры");
        Ivan = bot.NewPerson("Иван", "Петров");
        bot.Seed.Staff(Ivan, Culture);
        Maria = bot.NewPerson("Мария", "Петрова");
        bot.Seed.Coordinator(Maria);
        Oleg = bot.NewPerson("Олег", "Второй");
        bot.Seed.Coordinator(Oleg);
    }

    public BotUnderTest Bot { get; }

    public Department Culture { get; }

    public FakeUser Ivan { get; }

    public FakeUser Maria { get; }

    public FakeUser Oleg { get; }

    public CitizenMessageRepository Messages => Bot.Get<CitizenMessageRepository>();

    public static CitizensDesk Open(BotUnderTest bot) => new(bot);

    // The whole entry, from /message to the kind; returns the stored message.
    public async Task<CitizenMessage> EntersAsync(
        FakeUser who,
        string text = "Когда починят фонарь на улице Ленина? Третью неделю темно.",
        string link = "https://m.vk.com/wall-1_2?reply=3",
        string author = "Сергей Жителев",
        string profile = "vk.com/id777",
        string kind = "❓ Вопрос")
    {
        await who.SendsAsync("/message");
        await who.SeesAsync("Перешлите сюда сообщение жителя");
        await who.SendsAsync(text);
        await who.SeesAsync("Принято:");
        await who.PressesAsync("➡️ Дальше");
        await who.SeesAsync("Пришлите ссылку на комментарий");
        await who.SendsAsync(link);
        await who.SeesAsync("Как зовут автора");
        await who.SendsAsync(author);
        await who.SeesAsync("ссылку на страницу автора");
        await who.SendsAsync(profile);
        await who.SeesAsync("Что это за сообщение?");
        await who.PressesAsync(kind);
        await who.SeesAsync("записан");
        await Bot.SettledAsync();
        await Bot.OutboxIdleAsync();
        return Messages.All()[^1];
    }

    // A coordinator assigns the message from their card to «Отдел культуры» with the default due time.
    public async Task AssignsAsync(FakeUser coordinator, CitizenMessage message, string due = "до ")
    {
        var card = await CardAsync(coordinator, message.Id);
        await coordinator.PressesAsync(card, "📤 Поручить подразделению");
        await coordinator.SeesAsync($"Кому поручить ответ на сообщение №{message.Id}");
        await coordinator.PressesAsync("Отдел культуры");
        await coordinator.SeesAsync("До какого срока нужен черновик ответа?");
        await coordinator.PressesAsync(due);
        await coordinator.SeesAsync($"Сообщение №{message.Id} поручено");
        await Bot.SettledAsync();
        await Bot.OutboxIdleAsync();
    }

    // The department writes a draft and sends it.
    public async Task DraftsAsync(FakeUser staff, string text)
    {
        await staff.PressesAsync("✍️ Ответить");
        await staff.SeesAsync("Напишите ответ автору");
        await staff.SendsAsync(text);
        await staff.SeesButtonAsync("📨 Отправить на согласование");
        await staff.PressesAsync("📨 Отправить на согласование");
        await staff.SeesAsync("отправлен на согласование");
        await Bot.SettledAsync();
        await Bot.OutboxIdleAsync();
    }

    public static Task<BotMessage> CardAsync(FakeUser coordinator, int messageId) =>
        LatestAsync(coordinator, m => m.Text.Contains($"Сообщение №{messageId} ·", StringComparison.Ordinal) && m.AllButtons.Any());

    public static Task<BotMessage> DraftCardAsync(FakeUser coordinator, int messageId, int version = 1) =>
        LatestAsync(coordinator, m => m.Text.Contains($"Черновик ответа на сообщение №{messageId}", StringComparison.Ordinal)
            && (version == 1 ? !m.Text.Contains("версия", StringComparison.Ordinal) : m.Text.Contains($"версия {version}", StringComparison.Ordinal))
            && m.AllButtons.Any(b => b.Text == "✅ Согласовать"));

    // The newest bot message that matches, already there or still to come.
    public static async Task<BotMessage> LatestAsync(FakeUser user, Func<BotMessage, bool> match) =>
        user.Chat.Messages.LastOrDefault(m => m.FromBot && match(m)) ?? await user.Chat.WaitForBotMessageAsync(match, null);

    // The bot's log lines with errors, for a failing scenario's message.
    public string Errors() => string.Join("\n", Bot.Logs.Lines.Where(l => l.Contains("fail", StringComparison.OrdinalIgnoreCase) || l.Contains("Exception", StringComparison.Ordinal)).TakeLast(10));

    public static int Count(FakeUser user, string fragment) =>
        user.Chat.Messages.Count(m => m.FromBot && m.Text.Contains(fragment, StringComparison.Ordinal));
}
