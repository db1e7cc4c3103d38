using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Quotas;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using PressHelperBot.Tests.Publications;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Quotas;

public sealed class QuotaChatScenarios
{
    [Fact]
    public async Task Staff_see_their_own_department_and_coordinators_see_everyone_and_the_organisation()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var culture = bot.Department("Отдел культуры", weeklyQuota: 2);
        var sport = bot.Department("Отдел спорта", weeklyQuota: 1);
        var ivan = bot.NewPerson("Иван");
        var olga = bot.NewPerson("Ольга", "Координатова");
        bot.Seed.Staff(ivan, culture);
        bot.Seed.Coordinator(olga);
        var cultureItem = bot.Planned(culture, "2026-11-24");
        bot.Planned(sport, "2026-11-25");
        bot.Planned(sport, "2026-11-30");
        var vk = bot.Account(culture, SocialNetwork.Vk, "https://vk.com/club100", "Отдел культуры района");
        bot.Account(sport, SocialNetwork.Telegram, "https://t.me/sport_rayon", "Спорт района", createdOn: "2026-11-02");
        bot.PublishedIn(vk, "https://vk.com/wall-100_7", "2026-11-23", cultureItem);

        await ivan.SendsAsync("/start");
        await ivan.SeesButtonAsync("📊 Норма публикаций");
        await ivan.PressesAsync("📊 Норма публикаций");
        var staffView = await ivan.SeesAsync("Норма публикаций: неделя 23.11–29.11.2026");
        Assert.Contains("Отдел культуры: опубликовано 1 из 2, в плане ещё 0 на оставшиеся дни — не хватает 1.", staffView.Text, StringComparison.Ordinal);
        Assert.Contains("Ваши аккаунты\n• ВКонтакте «Отдел культуры района»: 1 из 5 за неделю", staffView.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Отдел спорта", staffView.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Организация", staffView.Text, StringComparison.Ordinal);
        Assert.Contains("До конца недели 5 рабочих дней.", staffView.Text, StringComparison.Ordinal);
        Assert.Equal(["📣 Мы опубликовали", "📝 Предложить новость"], staffView.ButtonLabels());

        await olga.SendsAsync("/quota");
        var coordinatorView = await olga.SeesAsync("Организация: опубликовано 1 из 5, в плане ещё 1 на оставшиеся дни — не хватает 3.");
        Assert.Contains("Отдел культуры: опубликовано 1 из 2, в плане ещё 0 на оставшиеся дни — не хватает 1.", coordinatorView.Text, StringComparison.Ordinal);
        Assert.Contains("Отдел спорта: опубликовано 0 из 1, в плане ещё 1 на оставшиеся дни — успеваете, если всё выйдет.", coordinatorView.Text, StringComparison.Ordinal);

        // The Telegram channel of sport was registered three weeks ago and nothing went out in it.
        Assert.Contains("Аккаунты без публикаций 7 дней и больше\n• Telegram «Спорт района»: 0 из 5 за неделю; отмеченных публикаций нет", coordinatorView.Text, StringComparison.Ordinal);
        Assert.Contains("🎯 Изменить нормы", coordinatorView.ButtonLabels());
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Staff_without_a_department_are_told_why_there_is_nothing_to_show()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var loner = bot.NewPerson("Пётр");
        bot.Seed.Staff(loner);

        await loner.SendsAsync("/quota");

        await loner.SeesAsync("не состоите ни в одном отделе");
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_coordinator_sets_department_and_organisation_targets_in_the_chat_after_wrong_inputs()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var culture = bot.Department("Отдел культуры", weeklyQuota: 2);
        var olga = bot.NewPerson("Ольга");
        bot.Seed.Coordinator(olga);

        await olga.SendsAsync("/quota");
        await olga.PressesAsync("🎯 Изменить нормы");
        await olga.SeesAsync("Нормы публикаций в неделю");
        await olga.PressesAsync("Отдел культуры — 2");
        await olga.SeesAsync("Отдел культуры: норма сейчас — 2 публикации в неделю");
        await olga.SendsStickerAsync();
        await olga.SeesAsync("Нужно число цифрами");
        await olga.SendsAsync("пять");
        await olga.SeesAsync("Нужно целое число от 0 до 50");
        await olga.SendsAsync("-1");
        await olga.SeesAsync("Нужно целое число от 0 до 50");
        await olga.SendsAsync("51");
        await olga.SeesAsync("Нужно целое число от 0 до 50");
        await olga.SendsAsync(" 0 ");
        await olga.SeesAsync("Отдел культуры: норма — 0 публикаций в неделю. Напоминаний о норме не будет.");
        Assert.Equal(0, bot.Get<DepartmentRepository>().Find(culture.Id)!.WeeklyQuota);

        await olga.PressesAsync("Организация — 5");
        await olga.SeesAsync("Норма публикаций всей организации сейчас — 5 публикаций в неделю");
        await olga.SendsAsync("<script>&");
        await olga.SeesAsync("Нужно целое число от 0 до 500");
        await olga.SendsAsync("7");
        await olga.SeesAsync("Норма публикаций всей организации: 7 публикаций в неделю.");

        await bot.RestartAsync();
        Assert.Equal(7, bot.Get<QuotaSettingsRepository>().OrganisationTarget());
        await olga.SendsAsync("/quota");
        await olga.SeesAsync("Организация: опубликовано 0 из 7, в плане ещё 0 на оставшиеся дни — не хватает 7.");
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task The_organisation_target_comes_from_the_setting_until_a_coordinator_changes_it()
    {
        await using var bot = await BotUnderTest.StartAsync(s => s["ORGANISATION_WEEKLY_TARGET"] = "9");
        var olga = bot.NewPerson("Ольга");
        bot.Seed.Coordinator(olga);

        await olga.SendsAsync("/quota");

        await olga.SeesAsync("Организация: опубликовано 0 из 9, в плане ещё 0 на оставшиеся дни — не хватает 9.");
    }

    [Fact]
    public async Task Cancel_leaves_the_target_question_and_nothing_changes()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var culture = bot.Department("Отдел культуры", weeklyQuota: 2);
        var olga = bot.NewPerson("Ольга");
        bot.Seed.Coordinator(olga);

        await olga.SendsAsync("/quota");
        await olga.PressesAsync("🎯 Изменить нормы");
        await olga.PressesAsync("Отдел культуры — 2");
        await olga.SeesAsync("Напишите новое число");
        await olga.SendsAsync("/cancel");
        await olga.SeesAsync("Отменено");
        await olga.SendsAsync("3");
        await olga.SeesAsync("Не понимаю");

        Assert.Equal(2, bot.Get<DepartmentRepository>().Find(culture.Id)!.WeeklyQuota);
    }

    [Fact]
    public async Task Staff_cannot_use_a_forged_target_button()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var culture = bot.Department("Отдел культуры", weeklyQuota: 2);
        var ivan = bot.NewPerson("Иван");
        bot.Seed.Staff(ivan, culture);
        await ivan.SendsAsync("/quota");
        var view = await ivan.SeesAsync("Норма публикаций");

        var press = await ivan.SendsCallbackAsync(view.MessageId, ButtonCodec.Encode(new DepartmentTargetButton(culture.Id)));
        var answer = await ivan.WaitForCallbackAnswerAsync(press);

        Assert.NotEqual("", answer);
        await bot.SettledAsync();
        Assert.Null(bot.Get<ConversationStore>().Find(ivan.Id));
        Assert.Equal(2, bot.Get<DepartmentRepository>().Find(culture.Id)!.WeeklyQuota);
    }

    [Fact]
    public async Task With_many_departments_the_coordinators_view_comes_in_several_messages_within_Telegrams_limit()
    {
        await using var bot = await BotUnderTest.StartAsync();
        for (var i = 1; i <= 60; i++)
        {
            bot.Department($"Муниципальное бюджетное учреждение дополнительного образования «Детская школа искусств № {i}»", 2);
        }
        var olga = bot.NewPerson("Ольга");
        bot.Seed.Coordinator(olga);

        await olga.SendsAsync("/quota");
        var last = await olga.SeesButtonAsync("🎯 Изменить нормы");

        // The week's report, a pace reminder or the coordinators' pace summary may come on their own at the
        // test's first morning, also between the parts: the view is what runs from its header to `last`.
        var fromBot = olga.Chat.Messages.Where(m => m.FromBot).ToList();
        var end = fromBot.FindIndex(m => m.MessageId == last.MessageId);
        var start = fromBot.FindLastIndex(end, m => m.Text.StartsWith("📊 Норма публикаций: неделя", StringComparison.Ordinal));
        var parts = fromBot.GetRange(start, end - start + 1)
            .Where(m => !m.Text.StartsWith("📈", StringComparison.Ordinal) && !m.Text.StartsWith("⏰", StringComparison.Ordinal) && !m.Text.Contains("как идёт неделя", StringComparison.Ordinal))
            .ToList();
        Assert.True(parts.Count >= 2, $"{parts.Count} message(s)");
        Assert.Equal(last.MessageId, parts[^1].MessageId);
        Assert.Equal(60, parts.Sum(m => m.Text.Split('\n').Count(line => line.Contains("Детская школа искусств", StringComparison.Ordinal))));
        bot.Server.AssertNoViolations();
    }
}
