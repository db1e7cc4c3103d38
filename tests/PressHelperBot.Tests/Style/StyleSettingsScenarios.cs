using PressHelperBot.Telegram;
using PressHelperBot.Features.Style;
using PressHelperBot.Persistence;
using PressHelperBot.StyleCheck;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Style;

public sealed class StyleSettingsScenarios
{
    private const string Shouting = "/style Все на субботник!!! Приносите перчатки.";
    private const string ExclamationsReason = "Несколько «!» подряд";

    [Fact]
    public async Task A_coordinator_turns_a_check_off_for_everyone_and_back_on()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var olga = bot.NewPerson("Ольга");
        bot.Seed.Coordinator(olga);
        var ivan = bot.NewPerson("Иван");
        bot.Seed.Staff(ivan, bot.Seed.Department());
        await ivan.SendsAsync(Shouting);
        await ivan.SeesAsync(ExclamationsReason);

        await olga.SendsAsync("/start");
        await olga.PressesAsync("⚙️ Настройки проверки");
        await olga.SeesAsync("Сейчас работают все проверки");
        var press = await olga.PressesAsync("✅ Несколько восклицательных знаков");
        var settings = await olga.SeesButtonAsync("⛔ Несколько восклицательных знаков");
        Assert.Contains("Выключено: 1", settings.Text);
        Assert.Equal("«Несколько восклицательных знаков» выключено", await olga.WaitForCallbackAnswerAsync(press));

        await ivan.SendsAsync(Shouting);
        var quiet = await ivan.SeesAsync("Стиль:");
        Assert.DoesNotContain(ExclamationsReason, quiet.Text);

        await olga.PressesAsync("⛔ Несколько восклицательных знаков");
        await olga.SeesAsync("Сейчас работают все проверки");
        await ivan.SendsAsync(Shouting);
        await ivan.SeesAsync(ExclamationsReason);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Turned_off_checks_and_added_words_survive_a_restart()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var admin = bot.Admin;
        await admin.SendsAsync("/start");
        await admin.PressesAsync("⚙️ Настройки проверки");
        await admin.PressesAsync("✅ Несколько восклицательных знаков");
        await admin.SeesButtonAsync("⛔ Несколько восклицательных знаков");
        await admin.PressesAsync("➕ Добавить слово");
        await admin.SeesAsync("фраза | категория");
        await admin.SendsAsync("шаговая доступность | штамп | рядом с домом");
        await admin.SeesAsync("Добавлено");

        await bot.RestartAsync();

        await admin.SendsAsync("/style Сквер в шаговой доступности!!!");
        var answer = await admin.SeesAsync("Стиль:");
        Assert.Contains("«шаговой доступности» — Штамп", answer.Text);
        Assert.DoesNotContain(ExclamationsReason, answer.Text);
        await admin.SendsAsync("/start");
        await admin.PressesAsync("⚙️ Настройки проверки");
        await admin.SeesButtonAsync("⛔ Несколько восклицательных знаков");
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task An_added_phrase_is_found_at_once_in_other_word_forms_for_staff()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var olga = bot.NewPerson("Ольга");
        bot.Seed.Coordinator(olga);
        var ivan = bot.NewPerson("Иван");
        bot.Seed.Staff(ivan, bot.Seed.Department());
        const string Text = "/style Новые площадки — в шаговой доступности от школ.";
        await ivan.SendsAsync(Text);
        var before = await ivan.SeesAsync("Стиль:");
        Assert.DoesNotContain("шаговой", before.Text.Split("\n\n").Last());

        await olga.SendsAsync("/start");
        await olga.PressesAsync("⚙️ Настройки проверки");
        await olga.PressesAsync("➕ Добавить слово");
        await olga.SendsAsync("шаговая доступность | штамп | рядом с домом\nпо итогам проведения | канцелярит | после | Два оборота вместо одного слова.");
        var added = await olga.SeesAsync("Добавлено слов: 2");
        Assert.Contains("«шаговая доступность» — штамп → рядом с домом", added.Text);

        await ivan.SendsAsync(Text);
        var after = await ivan.SeesAsync("«шаговой доступности» — Штамп");
        Assert.Contains("Проще: рядом с домом", after.Text);
        await ivan.SendsAsync("/style По итогам проведения конкурса выбрали лучших.");
        await ivan.SeesAsync("Два оборота вместо одного слова");
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Malformed_lines_are_explained_and_nothing_is_added()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var admin = bot.Admin;
        await admin.SendsAsync("/start");
        await admin.PressesAsync("⚙️ Настройки проверки");
        await admin.PressesAsync("➕ Добавить слово");
        await admin.SeesAsync("фраза | категория");

        await admin.SendsAsync("просто слово");
        await admin.SeesAsync("Нужно три части через «|»");
        await admin.SendsAsync("хорошая строка | штамп | замена\n<b>&</b> | ругательство | нет");
        var badCategory = await admin.SeesAsync("Категория «ругательство» неизвестна");
        Assert.Contains("Строка 2: «<b>&</b> | ругательство | нет»", badCategory.Text);
        Assert.Contains("Ничего не добавлено", badCategory.Text);
        await admin.SendsAsync("!!! | штамп | —");
        await admin.SeesAsync("Во фразе нет ни одного слова");
        await admin.SendsAsync(new string('ы', 100) + " | штамп | короче");
        await admin.SeesAsync("Фраза длиннее 80 символов");
        await admin.SendsStickerAsync();
        await admin.SeesAsync("Нужна строка текстом");
        await admin.SendsAsync("  \n ");
        await admin.SeesAsync("Строка пустая");
        Assert.Empty(bot.Get<StyleSettingsRepository>().Words());

        await admin.SendsAsync("/cancel");
        await admin.SeesAsync("Отменено");
        Assert.Empty(bot.Get<StyleSettingsRepository>().Words());
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_coordinator_lists_and_deletes_added_words_and_the_deleted_one_is_no_longer_found()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var olga = bot.NewPerson("Ольга");
        bot.Seed.Coordinator(olga);
        var store = bot.Get<StyleSettingsRepository>();
        store.AddWord(new("шаговая доступность", FindingKind.Cliche, "рядом"), olga.Id, bot.Clock.GetUtcNow());
        store.AddWord(new("уютная атмосфера", FindingKind.Cliche, "было тепло"), olga.Id, bot.Clock.GetUtcNow());
        bot.Get<StyleReview>().Reload();

        await olga.SendsAsync("/start");
        await olga.PressesAsync("⚙️ Настройки проверки");
        await olga.PressesAsync("📖 Свои слова (2)");
        var list = await olga.SeesAsync("Свои слова: 2");
        Assert.Contains("1. «шаговая доступность» — штамп → рядом", list.Text);
        Assert.Contains("2. «уютная атмосфера» — штамп → было тепло", list.Text);

        var doomed = store.Words()[0].Id;
        var press = await olga.PressesAsync("🗑 шаговая доступность");
        Assert.Equal("Удалено", await olga.WaitForCallbackAnswerAsync(press));
        var after = await olga.SeesAsync("Свои слова: 1");
        Assert.DoesNotContain("шаговая", after.Text);

        await olga.SendsAsync("/style В шаговой доступности царила уютная атмосфера.");
        var check = await olga.SeesAsync("Стиль:");
        Assert.DoesNotContain("шаговой доступности» —", check.Text);
        Assert.Contains("«уютная атмосфера» — Штамп", check.Text);

        // The same delete button pressed again (a second coordinator, a double tap).
        var again = await olga.SendsCallbackAsync(after.MessageId, ButtonCodec.Encode(new DeleteStyleWordButton(doomed, 0)));
        Assert.Equal("Этого слова уже нет", await olga.WaitForCallbackAnswerAsync(again));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Staff_see_no_settings_and_their_forged_buttons_change_nothing()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = bot.NewPerson("Иван");
        bot.Seed.Staff(ivan, bot.Seed.Department());
        bot.Get<StyleSettingsRepository>().AddWord(new("шаговая доступность", FindingKind.Cliche, "рядом"), BotUnderTest.AdminId, bot.Clock.GetUtcNow());

        await ivan.SendsAsync("/start");
        var menu = await ivan.SeesAsync("Главное меню");
        Assert.Contains("🔎 Проверить текст", menu.ButtonLabels());
        Assert.DoesNotContain("⚙️ Настройки проверки", menu.ButtonLabels());

        var id = bot.Get<StyleSettingsRepository>().Words()[0].Id;
        foreach (var data in new IButton[] { new StyleSettingsButton(), new SetCheckButton(FindingKind.Passive, false), new AddStyleWordButton(), new DeleteStyleWordButton(id, 0) }.Select(ButtonCodec.Encode))
        {
            var press = await ivan.SendsCallbackAsync(menu.MessageId, data);
            Assert.Equal("Это действие вам недоступно", await ivan.WaitForCallbackAnswerAsync(press));
        }

        Assert.Empty(bot.Get<StyleSettingsRepository>().DisabledChecks());
        Assert.Single(bot.Get<StyleSettingsRepository>().Words());
        Assert.Null(bot.Get<ConversationStore>().Find(ivan.Id));

        // A staff member left in the word step (say, demoted meanwhile) cannot finish it.
        bot.Get<ConversationStore>().Begin(ivan.Id, StyleSettingsFeature.Name, StyleSettingsFeature.WordStep);
        await ivan.SendsAsync("данный | штамп | этот");
        await ivan.SeesAsync("Не понимаю сообщение");
        Assert.Single(bot.Get<StyleSettingsRepository>().Words());
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Stale_or_made_up_toggle_buttons_are_refused()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var admin = bot.Admin;
        await admin.SendsAsync("/start");
        await admin.PressesAsync("⚙️ Настройки проверки");
        var settings = await admin.SeesAsync("Настройки проверки текста");

        var unknown = await admin.SendsCallbackAsync(settings.MessageId, "v2:st.set:99:0");
        Assert.Equal("Кнопка устарела", await admin.WaitForCallbackAnswerAsync(unknown));
        var broken = await admin.SendsCallbackAsync(settings.MessageId, "v2:st.set:x");
        Assert.Equal("Кнопка устарела", await admin.WaitForCallbackAnswerAsync(broken));

        // Two presses of the same stale "off" button leave the check off, not toggled back on.
        var off = ButtonCodec.Encode(new SetCheckButton(FindingKind.Passive, Enabled: false));
        await admin.WaitForCallbackAnswerAsync(await admin.SendsCallbackAsync(settings.MessageId, off));
        await admin.WaitForCallbackAnswerAsync(await admin.SendsCallbackAsync(settings.MessageId, off));
        Assert.Equal([FindingKind.Passive], bot.Get<StyleSettingsRepository>().DisabledChecks());
        bot.Server.AssertNoViolations();
    }
}
