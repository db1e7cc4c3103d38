using PressHelperBot.Configuration;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Persistence;
using PressHelperBot.Features.Registry;
using PressHelperBot.Telegram;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Registry;

public sealed class AccountReportScenarios
{
    [Fact]
    public async Task Staff_report_a_created_account_and_coordinators_get_a_task_due_in_ten_days()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, ivan, maria) = world;

        await ivan.ReportsCreatedAsync(date: "20.11.2026");

        await ivan.SeesAsync("Координатор внесёт его в реестр до 30.11.2026");
        var card = await maria.SeesAsync("Внести в реестр до 30.11");
        Assert.Contains("Аккаунт создан 20.11.2026", card.Text);
        Assert.Contains("ВКонтакте «Школа №2»", card.Text);
        Assert.Contains("https://vk.com/school2", card.Text);
        Assert.Contains("Иванова Анна Петровна, специалист по связям с общественностью, +7 900 123-45-67", card.Text);
        Assert.Contains("Кто сообщил: Иван Петров", card.Text);
        Assert.Contains("✅ Реестр обновлён", card.ButtonLabels());
        await bot.Admin.SeesAsync("Внести в реестр до 30.11");
        var task = Assert.Single(bot.Get<RegistryTaskRepository>().Open());
        Assert.Equal(new DateOnly(2026, 11, 30), task.DueDate);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Wrong_inputs_are_refused_with_a_reason_and_the_same_question_again()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, ivan, _) = world;
        var school = world.School;

        await ivan.OpensRegistryAsync();
        await ivan.PressesAsync("➕ Создан аккаунт");
        await ivan.SendsAsync("ВКонтакте");
        await ivan.SeesAsync("Выберите вариант кнопкой");
        await ivan.PressesAsync("Одноклассники");
        await ivan.SendsAsync("https://vk.com/school2");
        await ivan.SeesAsync("Ссылка ведёт не в Одноклассники. Нужен адрес вида https://ok.ru/…");
        await ivan.SendsStickerAsync();
        await ivan.SeesAsync("Пришлите ответ текстом");
        await ivan.SendsAsync("ok.ru/school2");
        await ivan.SeesAsync("Как называется аккаунт");
        await ivan.SendsAsync(new string('Щ', 5000));
        await ivan.SeesAsync("Название длиннее 200 знаков");
        await ivan.SendsAsync("<b>Школа</b> & «Сад» 🌻");
        await ivan.SeesAsync("Когда создан аккаунт?");
        await ivan.SendsAsync("31.02");
        await ivan.SeesAsync("В феврале нет 31-го числа");
        await ivan.SendsAsync("24.11.2026");
        await ivan.SeesAsync("Дата 24.11.2026 ещё не наступила");
        await ivan.PressesAsync("Сегодня");
        await ivan.SeesAsync("ФИО ответственного");
        await ivan.SendsVoiceAsync();
        await ivan.SeesAsync("Пришлите ответ текстом");
        await ivan.SendsAsync("Иванова Анна");
        await ivan.SendsAsync("специалист");
        await ivan.SeesAsync("Телефон или Telegram");
        await ivan.SendsAsync("звоните в приёмную");
        await ivan.SeesAsync("Это не похоже на телефон или Telegram");
        await ivan.SendsAsync("@ivanova_a");
        await ivan.SeesAsync("✅ Записал: создан аккаунт Одноклассники «<b>Школа</b> & «Сад» 🌻»");

        var account = Assert.Single(bot.Get<AccountRepository>().All());
        Assert.Equal("https://ok.ru/school2", account.Link);
        Assert.Equal(new DateOnly(2026, 11, 23), account.CreatedOn);
        Assert.Equal("@ivanova_a", account.Responsible.Contact);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_restart_in_the_middle_of_a_report_continues_at_the_same_step_and_cancel_leaves_it()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, ivan, _) = world;
        var school = world.School;
        await ivan.StartsCreatedReportAsync("Telegram", "t.me/school2");

        await bot.RestartAsync();
        await ivan.SendsAsync("Школа №2");
        await ivan.SeesAsync("Когда создан аккаунт?");
        await ivan.SendsAsync("/cancel");
        await ivan.SeesAsync("Отменено");
        await ivan.SendsAsync("20.11");

        await ivan.SeesAsync("Не понимаю сообщение");
        Assert.Empty(bot.Get<AccountRepository>().All());
        Assert.Null(bot.Get<ConversationStore>().Find(ivan.Id));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Staff_report_only_for_their_own_department_and_a_forged_department_button_is_refused()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, ivan, maria) = world;
        var library = bot.Seed.Department("Библиотека");
        await ivan.OpensRegistryAsync();
        await ivan.PressesAsync("➕ Создан аккаунт");
        var question = await ivan.SeesAsync("В какой социальной сети?");

        // Only one department: it is taken without asking. A forged press for another one is refused.
        var press = await ivan.SendsCallbackAsync(question.MessageId, ButtonCodec.Encode(new ReportDepartmentButton(library.Id)));
        Assert.Equal("Кнопка устарела", await ivan.WaitForCallbackAnswerAsync(press));
        await ivan.PressesAsync("ВКонтакте");
        await ivan.SeesAsync("Пришлите ссылку");

        await maria.OpensRegistryAsync();
        await maria.PressesAsync("➕ Создан аккаунт");
        var departments = await maria.SeesAsync("Для какого отдела или организации?");
        Assert.Contains("Библиотека", departments.ButtonLabels());
        Assert.Contains("Школа №2", departments.ButtonLabels());
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_deleted_account_opens_its_own_task_and_leaves_the_active_registry()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, ivan, maria) = world;
        var school = world.School;
        await ivan.ReportsCreatedAsync(date: "20.11.2026");

        await ivan.OpensRegistryAsync();
        await ivan.PressesAsync("➖ Удалён аккаунт");
        await ivan.SeesAsync("Какой аккаунт?");
        await ivan.PressesAsync("ВКонтакте: Школа №2");
        await ivan.SendsAsync("19.11.2026");
        await ivan.SeesAsync("Аккаунт создан 20.11.2026: удалить его раньше нельзя");
        await ivan.SendsAsync("вчера");
        await ivan.SeesAsync("✅ Записал: удалён аккаунт ВКонтакте «Школа №2»");
        await ivan.SeesAsync("до 02.12.2026");

        await maria.SeesAsync("Аккаунт удалён 22.11.2026");
        Assert.Equal(2, bot.Get<RegistryTaskRepository>().Open().Count);
        Assert.Empty(bot.Get<AccountRepository>().ActiveIn(school.Id));
        await ivan.OpensRegistryAsync();
        await ivan.PressesAsync("➖ Удалён аккаунт");
        await ivan.SeesAsync("нет действующих аккаунтов");
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_changed_responsible_person_produces_a_notice_for_the_cur_as_text_and_document()
    {
        await using var world = await RegistryWorld.StartAsync(settings => settings[RegistrySettings.CurChatIdKey] = "-1001234567890");
        var (bot, ivan, maria) = world;
        var cur = bot.Server.CreateGroup(-1001234567890, "ЦУР");
        await ivan.ReportsCreatedAsync();

        await ivan.OpensRegistryAsync();
        await ivan.PressesAsync("👤 Сменился ответственный");
        await ivan.PressesAsync("ВКонтакте: Школа №2");
        await ivan.SeesAsync("ФИО нового ответственного");
        await ivan.SendsAsync("Петров Пётр");
        await ivan.SendsAsync("методист");
        await ivan.SendsAsync("@petrov_p");
        await ivan.SeesAsync("новый ответственный за аккаунт ВКонтакте «Школа №2» — Петров Пётр");

        var notice = await maria.Chat.WaitForBotMessageAsync(m => m.Kind == "document");
        Assert.EndsWith(".txt", notice.FileName);
        var document = System.Text.Encoding.UTF8.GetString(notice.FileContent!);
        Assert.Contains("Прежний ответственный: Иванова Анна Петровна, специалист по связям с общественностью, +7 900 123-45-67", document);
        Assert.Contains("Новый ответственный: Петров Пётр, методист, @petrov_p", document);
        Assert.Contains("Организация: Школа №2", document);
        var sentToCur = await cur.Chat.WaitForBotMessageAsync(m => m.Kind == "document");
        Assert.Contains("Новый ответственный: Петров Пётр", sentToCur.Text);
        var opened = bot.Get<RegistryTaskRepository>().Open().Where(t => t.EventKind == AccountEventKind.ResponsibleChanged).ToList();
        Assert.Equal(RegistryTaskKind.AccessChange, Assert.Single(opened).Kind);
        bot.Server.AssertNoViolations();
    }
}
