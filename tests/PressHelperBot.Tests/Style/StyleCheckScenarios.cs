using FakeTelegram;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Style;

public sealed class StyleCheckScenarios
{
    private const string PressRelease =
        "Пресс-служба администрации сообщает, что в целях обеспечения безопасности данный участок дороги будет закрыт. " +
        "В рамках мероприятия осуществляется приём граждан.";

    [Fact]
    public async Task Staff_check_a_text_from_the_menu_and_see_the_score_the_marked_fragments_and_plainer_ways()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = Staff(bot);

        await ivan.SendsAsync("/start");
        await ivan.PressesAsync("🔎 Проверить текст");
        await ivan.SeesAsync("Пришлите текст поста");
        await ivan.SendsAsync(PressRelease);
        var answer = await ivan.SeesButtonAsync("🔎 Проверить ещё");

        Assert.Matches(@"Стиль: \d(,\d)? из 10", answer.Text);
        Assert.Contains("<u>в целях обеспечения безопасности</u>", answer.RawText);
        Assert.Contains("«в целях обеспечения» — Канцелярит", answer.Text);
        Assert.Contains("Проще: чтобы", answer.Text);
        Assert.Contains("без фото и видео", answer.Text);
        Assert.Contains("🏠 Главное меню", answer.ButtonLabels());

        await ivan.PressesAsync("🏠 Главное меню");
        await ivan.SeesAsync("Главное меню");
        Assert.Null(bot.Get<ConversationStore>().Find(ivan.Id));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task The_next_text_is_checked_too_and_a_clean_one_is_praised()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var coordinator = bot.NewPerson("Ольга");
        bot.Seed.Coordinator(coordinator);

        await StartCheckAsync(coordinator);
        await coordinator.SendsAsync(PressRelease);
        await coordinator.SeesAsync("Можно сразу прислать следующий текст");
        await coordinator.SendsPhotoAsync("Завтра откроем каток в парке. Приходите с детьми!");
        var clean = await coordinator.SeesAsync("Стиль: 10 из 10");

        Assert.Contains("Замечаний нет", clean.Text);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Slash_style_with_a_text_checks_it_at_once_and_shows_markup_and_emoji_as_typed()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var admin = bot.Admin;

        await admin.SendsAsync("/style <b>Данный</b> & <script>субботник</script> 😀👍 состоится!!!");
        var answer = await admin.SeesAsync("Стиль:");

        Assert.Contains("<b>Данный</b> & <script>субботник</script> 😀👍", answer.Text);
        Assert.Contains("&lt;b&gt;<u>Данный</u>&lt;/b&gt; &amp;", answer.RawText);
        Assert.Contains("Несколько «!» подряд", answer.Text);
        Assert.Null(bot.Get<ConversationStore>().Find(admin.Id));

        await admin.PressesAsync("🔎 Проверить ещё");
        await admin.SeesAsync("Пришлите текст поста");
        await admin.SendsAsync("Данный текст");
        await admin.SeesAsync("«Данный» — Канцелярит");
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Sticker_voice_a_photo_without_caption_and_a_blank_line_are_explained_and_the_step_stays()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = Staff(bot);

        await StartCheckAsync(ivan);
        await ivan.SendsStickerAsync();
        await ivan.SeesAsync("Это не текст");
        await ivan.SendsVoiceAsync();
        await ivan.SeesAsync("Это не текст");
        await ivan.SendsPhotoAsync();
        await ivan.SeesAsync("нет подписи");
        await ivan.SendsAsync("   \n  ");
        await ivan.SeesAsync("Текст пустой");

        // A photo with a caption: the caption is checked as a post that has a picture.
        await ivan.SendsPhotoAsync("Данный субботник прошёл в парке.");
        var answer = await ivan.SeesAsync("Стиль:");
        Assert.Contains("«Данный»", answer.Text);
        Assert.DoesNotContain("без фото и видео", answer.Text);

        await ivan.SendsAsync("/cancel");
        await ivan.SeesAsync("Отменено");
        await ivan.SendsAsync("Данный текст");
        await ivan.SeesAsync("Не понимаю сообщение");
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task An_album_with_a_caption_is_checked_once_and_its_other_photos_are_not_answered()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = Staff(bot);
        await StartCheckAsync(ivan);
        var before = ivan.BotMessageCount();

        await ivan.SendsAlbumAsync(3, caption: "Данный субботник прошёл в парке.");
        await ivan.SeesAsync("Стиль:");
        await bot.SettledAsync();

        Assert.Equal(before + 1, ivan.BotMessageCount());
        Assert.DoesNotContain(ivan.Chat.Messages, m => m.FromBot && m.Text.Contains("нет подписи", StringComparison.Ordinal));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_5000_character_text_is_shown_whole_in_messages_within_telegram_limits()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = Staff(bot);
        var paragraphs = Enumerable.Range(1, 40)
            .Select(i => $"Абзац {i}. В рамках мероприятия <b>&</b> данный объект был осуществлён 😀 в срок!!")
            .ToList();
        var text = string.Join("\n\n", paragraphs);
        text += "\n\n" + new string('ы', 5000 - text.Length - 2);
        Assert.Equal(5000, text.Length);

        await StartCheckAsync(ivan);
        await ivan.SendsAsync(text);
        await ivan.SeesButtonAsync("🔎 Проверить ещё");

        var replies = ivan.Chat.Messages.SkipWhile(m => m.FromBot || m.Text != text).Where(m => m.FromBot).ToList();
        Assert.InRange(replies.Count, 2, 4);
        Assert.All(replies, m => Assert.True(m.Text.Length <= 4096));
        var shown = string.Join("\n", replies.Select(m => m.Text));
        Assert.All(paragraphs, p => Assert.Contains(p, shown));
        Assert.Contains("ыыыыыыыыыы", shown);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task The_step_survives_a_restart()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = Staff(bot);
        await ivan.SendsAsync("/start");
        await ivan.PressesAsync("🔎 Проверить текст");
        await ivan.SeesAsync("Пришлите текст поста");

        await bot.RestartAsync();
        await ivan.SendsAsync(PressRelease);

        await ivan.SeesAsync("Проще: чтобы");
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Observers_have_no_check_button_and_cannot_use_the_command()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var head = bot.NewPerson("Пётр");
        bot.Seed.Observer(head);

        await head.SendsAsync("/start");
        var menu = await head.SeesAsync("Главное меню");
        Assert.DoesNotContain("🔎 Проверить текст", menu.ButtonLabels());
        Assert.DoesNotContain("⚙️ Настройки проверки", menu.ButtonLabels());

        await head.SendsAsync("/style Данный текст");
        await head.SeesAsync("Эта команда вам недоступна");
        bot.Server.AssertNoViolations();
    }

    private static FakeUser Staff(BotUnderTest bot)
    {
        var ivan = bot.NewPerson("Иван");
        bot.Seed.Staff(ivan, bot.Seed.Department());
        return ivan;
    }

    private static async Task StartCheckAsync(FakeUser user)
    {
        await user.SendsAsync("/style");
        await user.SeesAsync("Пришлите текст поста");
    }
}
