using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Publications;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Publications;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using PressHelperBot.Tests.Quotas;
using PressHelperBot.Tests.Support;
using static PressHelperBot.Tests.Plan.PlanSeed;

namespace PressHelperBot.Tests.Publications;

// Monday 23.11.2026 09:00 Moscow. Someone who has just posted reports it in a press or two and a paste.
public sealed class ReportScenarios
{
    [Fact]
    public async Task An_organisation_s_staff_report_two_posts_in_their_own_VK_and_Telegram_and_the_Wednesday_pace_check_counts_them()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var school = bot.Department("Школа №2", 2, DepartmentKind.SubordinateOrganisation);
        var ivan = bot.NewPerson("Иван");
        bot.Seed.Staff(ivan, school);
        var olga = bot.NewPerson("Ольга", "Координатова");
        bot.Seed.Coordinator(olga);
        bot.Account(school, SocialNetwork.Vk, "https://vk.com/school2_rub", "Школа №2");
        bot.Account(school, SocialNetwork.Telegram, "https://t.me/school2_news", "Новости школы");

        await ivan.SendsAsync("/start");
        await ivan.PressesAsync("📣 Мы опубликовали");
        var ask = await ivan.SeesAsync("Пришлите ссылки на новость");
        Assert.Contains("• ВКонтакте «Школа №2» — https://vk.com/school2_rub", ask.Text);
        await ivan.SendsAsync("https://vk.com/school2_rub?w=wall-321_8&utm_source=share");
        var first = await ivan.SeesAsync("✅ Отмечено: 1 публикация, 23.11.2026");
        Assert.Contains("• ВКонтакте «Школа №2» — https://vk.com/wall-321_8", first.Text);

        await bot.AdvanceToAsync(bot.Local("2026-11-24 18:00"));
        await ivan.SendsAsync("/published");
        await ivan.SeesAsync("Пришлите ссылки на новость");
        await ivan.SendsAsync("https://t.me/s/school2_news/15 вчера");
        await ivan.SeesAsync("✅ Отмечено: 1 публикация, 23.11.2026\n• Telegram «Новости школы» — https://t.me/school2_news/15");

        await bot.AdvanceToAsync(bot.Local("2026-11-25 10:00"));
        var summary = await olga.SeesAsync("Норма публикаций: как идёт неделя");
        Assert.Contains("Все отделы идут в норме.", summary.Text);

        // The organisation's own accounts are not the administration's: its posts count for it only.
        Assert.Contains("Организация: опубликовано 0 из 5", summary.Text);
        await bot.OutboxIdleAsync();
        Assert.DoesNotContain(ivan.Chat.Messages, m => m.Text.Contains("⏰ Норма публикаций", StringComparison.Ordinal));

        await ivan.SendsAsync("/quota");
        var view = await ivan.SeesAsync("Школа №2: опубликовано 2 из 2 — норма выполнена.");
        Assert.Contains("• ВКонтакте «Школа №2»: 1 из 2 за неделю\n• Telegram «Новости школы»: 1 из 2 за неделю", view.Text);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_plan_item_published_in_VK_and_OK_counts_once_for_the_department_and_once_for_each_account()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var culture = bot.Department("Отдел культуры", 2);
        var author = bot.NewPerson("Ольга", "Сидорова");
        bot.Seed.Staff(author, culture);
        var item = bot.Scheduled(author, culture, "Субботник в парке", Day(23));
        bot.Account(culture, SocialNetwork.Vk, "https://vk.com/club123", "Администрация района");
        bot.Account(culture, SocialNetwork.Odnoklassniki, "https://ok.ru/group/70000001234567", "Администрация района");

        await bot.Admin.SendsAsync("/plan");
        await bot.Admin.PressesAsync("1. Пн 23.11 · Субботник в парке");
        await bot.Admin.PressesAsync("✅ Опубликовано");
        await bot.Admin.SeesAsync("Пришлите ссылки на публикацию «Субботник в парке»");
        await bot.Admin.SendsAsync("https://m.vk.com/wall-123_5?utm_source=ok\nhttps://ok.ru/group/70000001234567/topic/155555555555");
        var done = await bot.Admin.SeesAsync("✅ Отмечено — «Субботник в парке»: 2 публикации, 23.11.2026");
        Assert.Contains("• ВКонтакте «Администрация района» — https://vk.com/wall-123_5\n• Одноклассники «Администрация района» — https://ok.ru/group/70000001234567/topic/155555555555", done.Text);
        var told = await author.SeesAsync("Ваша новость «Субботник в парке» опубликована");
        Assert.Contains("Одноклассники", told.Text);

        // The format is the author's choice or the guess from the files; the reporter may correct it.
        await bot.Admin.PressesAsync("🏷 Формат: новость");
        await bot.Admin.PressesAsync("фоторепортаж");
        await bot.Admin.SeesAsync("✅ Формат: фоторепортаж");
        Assert.Equal(PublicationFormat.PhotoReport, bot.Stored(item).Format);

        // The same VK post again, as vk.ru with other tracking: recognised, not counted twice.
        await bot.Admin.SendsAsync("/plan");
        await bot.Admin.PressesAsync("1. Пн 23.11 · ✅ Субботник в парке");
        await bot.Admin.PressesAsync("➕ Ещё публикация");
        await bot.Admin.SendsAsync("vk.ru/wall-123_5?fbclid=abc");
        await bot.Admin.SeesAsync("Эта публикация уже отмечена 23.11.2026 в аккаунте ВКонтакте «Администрация района» (отметка: Анна Админова).");
        await bot.Admin.PressesAsync("✅ Готово");

        await bot.Admin.SendsAsync("/quota");
        var week = await bot.Admin.SeesAsync("Норма публикаций: неделя");
        Assert.Contains("Отдел культуры: опубликовано 1 из 2, в плане ещё 0 на оставшиеся дни — не хватает 1.", week.Text);
        Assert.Contains("Организация: опубликовано 1 из 5", week.Text);

        await bot.AdvanceToAsync(bot.Local("2026-11-30 09:00"));
        await bot.OutboxIdleAsync();
        // The report of the week before came on the test's first morning; this is the one of this week.
        var report = bot.Admin.Chat.Messages.Last(m => m.Kind == "photo");
        Assert.Contains("итоги недели 23.11–29.11.2026", report.Text);
        Assert.Contains("❌ Отдел культуры — 1 из 2", report.Text);
        Assert.Contains("• ВКонтакте «Администрация района»: 1 из 5 за неделю", report.Text);
        Assert.Contains("• Одноклассники «Администрация района»: 1 из 5 за неделю", report.Text);
        Assert.Contains("Форматы: фоторепортаж — 1.", report.Text);
        Assert.Equal(2, bot.Get<PublicationRepository>().OfSubmission(item.Id).Count);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_wrong_network_a_foreign_group_another_organisation_s_account_a_deleted_one_a_duplicate_and_a_future_date_each_get_a_clear_answer()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var school = bot.Department("Школа №2", 2, DepartmentKind.SubordinateOrganisation);
        var library = bot.Department("Библиотека", 2, DepartmentKind.SubordinateOrganisation);
        var ivan = bot.NewPerson("Иван");
        bot.Seed.Staff(ivan, school);
        bot.Account(school, SocialNetwork.Vk, "https://vk.com/club555", "Школа №2");
        var old = bot.Account(school, SocialNetwork.Telegram, "https://t.me/school_old", "Старый канал школы");
        bot.Account(library, SocialNetwork.Vk, "https://vk.com/club777", "Библиотека");
        var stored = bot.Get<AccountRepository>().Find(old.Id)!;
        stored.MarkDeleted(Day(20), BotUnderTest.AdminId, bot.Clock.GetUtcNow(), bot.Get<Domain.Calendar.OrgCalendar>());
        bot.Get<AccountRepository>().Save(stored);

        await ivan.SendsAsync("/published");
        await ivan.SeesAsync("Пришлите ссылки на новость");
        await ivan.SendsAsync(string.Join("\n",
            "https://ok.ru/group/1/topic/2",
            "https://vk.com/wall-999_1",
            "https://vk.com/wall-777_3",
            "https://t.me/school_old/5",
            "https://vk.com/club555",
            "https://vk.com/wall-555_9"));
        var answer = await ivan.SeesAsync("✅ Отмечено: 1 публикация");
        Assert.Contains("В реестре нет вашего аккаунта в сети Одноклассники. Ваши аккаунты: ВКонтакте «Школа №2».", answer.Text);
        Assert.Contains("Ссылка ведёт на пост чужого сообщества или канала, а ваш аккаунт в сети ВКонтакте: https://vk.com/club555.", answer.Text);
        Assert.Contains("Это аккаунт ВКонтакте «Библиотека», в реестре он записан за организацией «Библиотека».", answer.Text);
        Assert.Contains("Аккаунт Telegram «Старый канал школы» удалён из реестра 20.11.2026: новые публикации в нём не отмечаются.", answer.Text);
        Assert.Contains("Это ссылка на страницу ВКонтакте, а нужна ссылка на сам пост", answer.Text);
        Assert.Contains("Исправьте ссылку и пришлите её ещё раз или нажмите «Готово».", answer.Text);
        Assert.Equal(["✅ Готово"], answer.ButtonLabels());

        await ivan.SendsAsync("https://vk.ru/wall-555_9?utm_campaign=week");
        await ivan.SeesAsync("Эта публикация уже отмечена 23.11.2026");
        await ivan.SendsAsync("https://vk.com/wall-555_10 27.11");
        await ivan.SeesAsync("Дата 27.11.2026 ещё не наступила: отмечают публикацию, которая уже вышла.");
        await ivan.SendsStickerAsync();
        await ivan.SeesAsync("Пришлите ссылки текстом");
        await ivan.PressesAsync("✅ Готово");
        await ivan.SeesAsync("Хорошо, готово.");

        Assert.Single(bot.Get<PublicationRepository>().Between(Day(1), Day(30)));
        Assert.Null(bot.Get<ConversationStore>().Find(ivan.Id));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_group_registered_by_its_short_name_is_asked_about_once_even_across_a_restart_and_then_recognised()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var school = bot.Department("Школа №2", 2, DepartmentKind.SubordinateOrganisation);
        var library = bot.Department("Библиотека", 2, DepartmentKind.SubordinateOrganisation);
        var ivan = bot.NewPerson("Иван");
        bot.Seed.Staff(ivan, school);
        var vk = bot.Account(school, SocialNetwork.Vk, "https://vk.com/school2_rub", "Школа №2");
        var theirs = bot.Account(library, SocialNetwork.Vk, "https://vk.com/library_rub", "Библиотека");

        await ivan.SendsAsync("/published");
        await ivan.SendsAsync("https://vk.com/wall-321_8");
        var question = await ivan.SeesAsync("в каком это аккаунте?");
        Assert.Equal(["ВКонтакте «Школа №2»", "❌ Это не наш аккаунт", "✖️ Отмена"], question.ButtonLabels());

        await bot.RestartAsync();
        var forged = await ivan.SendsCallbackAsync(question.MessageId, ButtonCodec.Encode(new PickAccountButton(theirs.Id)));
        await ivan.WaitForCallbackAnswerAsync(forged);
        await ivan.SeesAsync("не отмечена: публикации отмечают только в аккаунтах из реестра");
        Assert.Empty(bot.Get<PublicationRepository>().Between(Day(1), Day(30)));

        await ivan.SendsAsync("/published");
        await ivan.SendsAsync("https://vk.com/wall-321_8");
        await ivan.PressesAsync("ВКонтакте «Школа №2»");
        await ivan.SeesAsync("✅ Отмечено: 1 публикация, 23.11.2026\n• ВКонтакте «Школа №2» — https://vk.com/wall-321_8");

        await ivan.SendsAsync("/published");
        await ivan.SendsAsync("https://vk.com/wall-321_9");
        await ivan.SeesAsync("✅ Отмечено: 1 публикация, 23.11.2026\n• ВКонтакте «Школа №2» — https://vk.com/wall-321_9");
        Assert.All(bot.Get<PublicationRepository>().Between(Day(1), Day(30)), p => Assert.Equal(vk.Id, p.AccountId));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Observers_and_people_without_accounts_cannot_report_and_a_forged_report_of_another_department_s_item_is_refused()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var culture = bot.Department("Отдел культуры", 2);
        var sport = bot.Department("Отдел спорта", 1);
        var ivan = bot.NewPerson("Иван");
        bot.Seed.Staff(ivan, culture);
        var head = bot.NewPerson("Глава", "Района");
        bot.Seed.Observer(head);
        var theirs = bot.Scheduled(ivan, sport, "Лыжня России", Day(23));

        await ivan.SendsAsync("/published");
        await ivan.SeesAsync("В реестре нет ни одного действующего аккаунта");

        bot.Account(culture, SocialNetwork.Vk, "https://vk.com/club123", "Отдел культуры района");
        await ivan.SendsAsync("/start");
        var menu = await ivan.SeesButtonAsync("📣 Мы опубликовали");
        var press = await ivan.SendsCallbackAsync(menu.MessageId, ButtonCodec.Encode(new ReportItemButton(theirs.Id)));
        Assert.StartsWith("Это новость другого подразделения", await ivan.WaitForCallbackAnswerAsync(press));

        await head.SendsAsync("/published");
        await head.SeesAsync("Эта команда вам недоступна");
        Assert.Equal(SubmissionStatus.Scheduled, bot.Stored(theirs).Status);
        bot.Server.AssertNoViolations();
    }
}
