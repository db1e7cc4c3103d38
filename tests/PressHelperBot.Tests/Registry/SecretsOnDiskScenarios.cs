using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PressHelperBot.Configuration;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Registry;

// No password reaches the disk: the update inbox stores each update before it is handled, so what a
// person wrote must already be redacted there. The bot's data folder is read as raw bytes, while the
// bot runs (LiteDB's -log file holds fresh writes) and after it stopped.
public sealed class SecretsOnDiskScenarios
{
    // Each wording with its secret; the secrets are unique so a hit names the wording that leaked.
    private static readonly (string Text, string Secret)[] Wordings =
    [
        ("Пароль от ВК: Vk_Secr3t_01", "Vk_Secr3t_01"),
        ("Доступ к аккаунту: press_admin / Acc3ss!02", "Acc3ss!02"),
        ("press_admin / Sl4sh_Pass03", "Sl4sh_Pass03"),
        ("press_admin:C0lon#Pass04", "C0lon#Pass04"),
        ("press_admin\nN3wLine_Pass05", "N3wLine_Pass05"),
        ("Логин и пароль от группы: press_admin Sp4ce_Pass06", "Sp4ce_Pass06"),
        ("pwd: Pwd_S3cret07", "Pwd_S3cret07"),
        ("pass Pass_S3cret08", "Pass_S3cret08"),
        ("Пароль для входа в Одноклассники — Ok_S3cret09", "Ok_S3cret09"),
        ("Данные для входа в Одноклассники:\nkletnya_ok\nOdnokl@ss10", "Odnokl@ss10"),
        ("Учётка ВК: press.kletnya@mail.ru / VkPass2024_11", "VkPass2024_11"),
        ("Вот доступ: kletnya_school2:Shkola2!12", "Shkola2!12"),
        ("Пароль от Wi-Fi: Library2024_13", "Library2024_13"),
        ("Пароль к группе Qwerty123_14", "Qwerty123_14"),
        ("Логин: admin_kletnya\nПароль: Qwerty2024_15", "Qwerty2024_15"),
        ("Пароль: весна2024секрет16", "весна2024секрет16"),
        ("Вход в аккаунт ВК: press_kletnya, пароль — Secr3t_17", "Secr3t_17"),
        ("Password: hunter22_18", "hunter22_18"),
        ("PWD=Qwerty123_19", "Qwerty123_19"),
        ("Пароль от почты press@kletnya.ru: Почта!2025+20", "Почта!2025+20"),
    ];

    private const string CaptionSecret = "Capti0n&Secr3t<21>";

    [Fact]
    public async Task Twenty_wordings_of_a_password_are_deleted_and_none_of_them_reaches_a_file_or_a_log_line()
    {
        await using var bot = await BotUnderTest.StartAsync(settings => settings[LoggingSettings.LogLevelKey] = "Trace");
        var ivan = bot.NewPerson("Иван", "Петров");
        bot.Seed.Staff(ivan, bot.Seed.Department());

        foreach (var (text, _) in Wordings)
        {
            await ivan.SendsAsync(text);
            await ivan.SeesAsync("Я удалил ваше сообщение");
        }

        await ivan.SendsPhotoAsync(caption: $"Фото для ВК, пароль от группы: {CaptionSecret}");
        await ivan.SeesAsync("Я удалил ваше сообщение");
        await bot.SettledAsync();
        await bot.OutboxIdleAsync();

        string[] secrets = [.. Wordings.Select(w => w.Secret), CaptionSecret];
        Assert.Equal(secrets.Length, ivan.Chat.History.Count(m => !m.FromBot && m.Deleted));
        var folder = Path.GetDirectoryName(Path.GetDirectoryName(bot.DatabasePath))!;
        AssertNoneIn(await ReadAllAsync(folder), secrets, "while the bot runs");
        Assert.DoesNotContain(bot.Logs.Lines, line => secrets.Any(s => line.Contains(s, StringComparison.Ordinal)));

        await bot.StopAsync();
        var files = await ReadAllAsync(folder);
        Assert.Contains(files.Keys, f => f.EndsWith("presshelper.db", StringComparison.Ordinal));
        AssertNoneIn(files, secrets, "after the stop");

        // The scan reads what the bot stores: the person's name is there.
        Assert.Contains(files.Values, bytes => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("Иван Петров")) >= 0);
    }

    [Fact]
    public async Task A_password_stored_before_a_crash_is_handled_after_the_restart_from_its_redacted_copy()
    {
        // Telegram's timeout longer than the host's stop: the hung deleteMessage is cut by the stop.
        await using var bot = await BotUnderTest.StartAsync(settings => settings[TelegramSettings.TelegramTimeoutSecondsKey] = "60");
        var ivan = bot.NewPerson("Иван", "Петров");
        bot.Seed.Staff(ivan, bot.Seed.Department());
        bot.Server.Faults.Hang("deleteMessage", times: 1);

        await ivan.SendsAsync("Доступ к аккаунту: press_admin / Acc3ss!02");
        await bot.Server.WaitUntilUpdatesConsumedAsync();
        await bot.StopAsync();
        bot.Server.Faults.Clear();
        Assert.DoesNotContain(ivan.Chat.Messages, m => m.FromBot);
        Assert.Contains(ivan.Chat.Messages, m => !m.FromBot && m.Text.Contains("Acc3ss!02", StringComparison.Ordinal));
        var folder = Path.GetDirectoryName(Path.GetDirectoryName(bot.DatabasePath))!;
        AssertNoneIn(await ReadAllAsync(folder), ["Acc3ss!02"], "while the update waits in the inbox");
        using (var db = new BotDatabase(bot.DatabasePath))
        {
            var waiting = Assert.Single(new UpdateInbox(db, TimeProvider.System).Unhandled());
            Assert.Equal(CredentialDetector.Redacted, waiting.Message!.Text);
            Assert.Equal(ivan.Id, waiting.Message.From!.Id);
        }

        await bot.RestartAsync();
        await ivan.SeesAsync("Я удалил ваше сообщение");
        await bot.SettledAsync();

        Assert.DoesNotContain(ivan.Chat.Messages, m => m.Text.Contains("Acc3ss!02", StringComparison.Ordinal));
        await bot.StopAsync();
        AssertNoneIn(await ReadAllAsync(folder), ["Acc3ss!02"], "after the restart");
    }

    // Every file under the bot's folder: the database, its -log file, the jobs database beside it.
    private static async Task<Dictionary<string, byte[]>> ReadAllAsync(string folder)
    {
        var files = new Dictionary<string, byte[]>();
        foreach (var path in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            // Read by another program, as anyone on the machine could: the running bot holds its files
            // with an exclusive lock (a second bot on them would corrupt them), which .NET's FileStream
            // honours and `cat` does not.
            using var cat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("cat", [path]) { RedirectStandardOutput = true })!;
            using var copy = new MemoryStream();
            await cat.StandardOutput.BaseStream.CopyToAsync(copy);
            await cat.WaitForExitAsync();
            files[path] = copy.ToArray();
        }

        Assert.NotEmpty(files);
        return files;
    }

    private static void AssertNoneIn(Dictionary<string, byte[]> files, IEnumerable<string> secrets, string when)
    {
        foreach (var secret in secrets)
        {
            foreach (var form in StoredForms(secret))
            {
                foreach (var (path, bytes) in files)
                {
                    Assert.False(bytes.AsSpan().IndexOf(form) >= 0, $"{Path.GetFileName(path)} holds the password {secret} {when}");
                }
            }
        }
    }

    // How a text can sit in these files: UTF-8 (BSON strings, Hangfire's JSON), UTF-16 (a .NET string
    // written as is), and JSON-escaped (System.Text.Json writes Cyrillic and + & < > as \uXXXX; the
    // inbox stores updates as such JSON inside a BSON string).
    private static IEnumerable<byte[]> StoredForms(string secret)
    {
        yield return Encoding.UTF8.GetBytes(secret);
        yield return Encoding.Unicode.GetBytes(secret);
        yield return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(secret).Trim('"'));
        yield return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(secret, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Trim('"'));
        yield return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(secret, global::Telegram.Bot.JsonBotAPI.Options).Trim('"'));
    }
}
