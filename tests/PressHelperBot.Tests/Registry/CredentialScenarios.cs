using System.Text;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Registry;

public sealed class CredentialScenarios
{
    private const string Secret = "Zx9-Secr3t!Pass";

    [Fact]
    public async Task A_login_and_password_in_the_middle_of_a_report_is_deleted_and_not_stored_anywhere()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, ivan, _) = world;
        await ivan.StartsCreatedReportAsync("ВКонтакте", "vk.com/school2");

        await ivan.SendsAsync($"логин: school2@mail.ru пароль: {Secret}");
        await ivan.SeesAsync("Я удалил ваше сообщение");
        await ivan.SendsAsync("Школа №2");
        await ivan.SeesAsync("Когда создан аккаунт?");
        await bot.SettledAsync();

        Assert.Contains(ivan.Chat.History, m => !m.FromBot && m.Deleted && m.Text.Contains(Secret, StringComparison.Ordinal));
        Assert.DoesNotContain(ivan.Chat.Messages, m => m.Text.Contains(Secret, StringComparison.Ordinal));
        Assert.Equal("Школа №2", bot.Get<ConversationStore>().Find(ivan.Id)!.Value("name"));
        Assert.DoesNotContain(bot.Logs.Lines, line => line.Contains(Secret, StringComparison.Ordinal));

        // Every file of the bot's storage (the database, its log, the jobs database) as bytes.
        await bot.StopAsync();
        var folder = Path.GetDirectoryName(bot.DatabasePath)!;
        var files = Directory.GetFiles(folder);
        Assert.NotEmpty(files);
        var contents = await Task.WhenAll(files.Select(f => File.ReadAllBytesAsync(f)));
        Assert.All(contents, bytes => Assert.True(IndexOf(bytes, Encoding.UTF8.GetBytes(Secret)) < 0, "a storage file holds the password"));

        // The answer typed right after it is there: the check reads the files that hold the conversation.
        Assert.Contains(contents, bytes => IndexOf(bytes, Encoding.UTF8.GetBytes("Школа №2")) >= 0);
    }

    [Fact]
    public async Task A_password_outside_any_conversation_is_deleted_too_and_prose_about_passwords_is_not()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, ivan, _) = world;

        await ivan.SendsAsync($"Вот доступ к группе: login admin_school password {Secret}");
        await ivan.SeesAsync("Я удалил ваше сообщение");
        await ivan.SendsAsync("Не забудьте сменить пароль от почты");
        await ivan.SeesAsync("Не понимаю сообщение");

        Assert.Single(ivan.Chat.History, m => !m.FromBot && m.Deleted);
        bot.Server.AssertNoViolations();
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i <= haystack.Length - needle.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }
        return -1;
    }
}
