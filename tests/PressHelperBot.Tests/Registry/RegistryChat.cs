using FakeTelegram;
using PressHelperBot.Configuration;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Registry;

// Steps of the registry conversations as a person takes them, for the "given" part of scenarios.
internal static class RegistryChat
{
    // Outbox deliveries are Hangfire jobs; tests poll for them often.
    public static void FastJobs(Dictionary<string, string?> settings) =>
        settings[JobSettings.JobPollIntervalSecondsKey] = "0.05";

    // A person answering a dozen questions gets a reply to each within seconds; Telegram's
    // per-chat limit (about one message a second) would make the test wait, not check more.
    public static async Task<BotUnderTest> StartAsync(Action<Dictionary<string, string?>>? configure = null)
    {
        var bot = await BotUnderTest.StartAsync(settings =>
        {
            FastJobs(settings);
            configure?.Invoke(settings);
        });
        bot.Server.Limits.Disable();
        return bot;
    }

    public static async Task OpensRegistryAsync(this FakeUser user)
    {
        await user.SendsAsync("/registry");
        await user.SeesAsync("Реестр аккаунтов");
    }

    // From the registry menu to the question about the account's name.
    public static async Task StartsCreatedReportAsync(this FakeUser user, string network, string link)
    {
        await user.OpensRegistryAsync();
        await user.PressesAsync("➕ Создан аккаунт");
        await user.PressesAsync(network);
        await user.SendsAsync(link);
        await user.SeesAsync("Как называется аккаунт");
    }

    // From the registry menu to the saved report of a VK account created on `date`.
    public static async Task ReportsCreatedAsync(
        this FakeUser user, string name = "Школа №2", string link = "vk.com/school2", string date = "20.11.2026", string? department = null)
    {
        await user.OpensRegistryAsync();
        await user.PressesAsync("➕ Создан аккаунт");
        if (department is not null)
        {
            await user.SeesAsync("Для какого отдела или организации?");
            await user.PressesAsync(department);
        }
        await user.SeesAsync("В какой социальной сети?");
        await user.PressesAsync("ВКонтакте");
        await user.SeesAsync("Пришлите ссылку");
        await user.SendsAsync(link);
        await user.SeesAsync("Как называется аккаунт");
        await user.SendsAsync(name);
        await user.SeesAsync("Когда создан аккаунт?");
        await user.SendsAsync(date);
        await user.SeesAsync("ФИО ответственного");
        await user.SendsAsync("Иванова Анна Петровна");
        await user.SeesAsync("Должность");
        await user.SendsAsync("специалист по связям с общественностью");
        await user.SeesAsync("Телефон или Telegram");
        await user.SendsAsync("+7 900 123-45-67");
        await user.SeesAsync("✅ Записал");
    }
}
