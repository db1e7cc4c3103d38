using FakeTelegram;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Publications;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Registry;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Registry;

// Material sent through «Госпаблики» (Amurzet 5.4, 6.5): the organisation confirms the posting with a
// link to a post of that account, which counts as its publication (once, also when the post was already
// reported); what is not confirmed in 2 working days is reminded. Day 0 is Monday 23.11.2026, so an item
// sent that day is to be confirmed by Wednesday 25.11 and reminded from Thursday 26.11 at 10:00.
public sealed class GospublikiScenarios
{
    private static readonly OrgCalendar Moscow = OrgCalendar.ForZone("Europe/Moscow");

    private static DateTimeOffset On(int day, string time = "10:00") =>
        Moscow.Instant(new DateOnly(2026, 11, 23).AddDays(day), TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture));

    private static int Count(FakeUser user, string fragment) => user.Chat.Messages.Count(m => m.FromBot && m.Text.Contains(fragment, StringComparison.Ordinal));

    private static async Task SendsThroughGospublikiAsync(FakeUser coordinator, string what)
    {
        await coordinator.OpensRegistryAsync();
        await coordinator.PressesAsync(RegistryTexts.GospublikiButton);
        await coordinator.SeesAsync("Госпаблики");
        await coordinator.PressesAsync(GospublikiTexts.NewButton);
        await coordinator.SeesAsync("В какой аккаунт направлен материал");
        await coordinator.PressesAsync("ВКонтакте: Школа №2");
        await coordinator.SeesAsync("Что направлено?");
        await coordinator.SendsAsync(what);
        await coordinator.SeesAsync("Когда направлено?");
        await coordinator.PressesAsync(GospublikiTexts.TodayButton);
        await coordinator.SeesAsync("✅ Записал материал");
    }

    [Fact]
    public async Task One_item_is_confirmed_with_a_link_and_the_other_is_reminded_after_two_working_days()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, ivan, maria) = world;
        var school = bot.Account(world.School, amend: a => a.UpdateChecklist(a.Checklist.Toggle(SecurityItem.Gospubliki)));
        bot.Account(bot.Seed.Department("Библиотека"), "Библиотека", "vk.com/library");

        await SendsThroughGospublikiAsync(maria, "Памятка о гриппе");
        var notice = await ivan.SeesAsync("Через «Госпаблики» направлен материал для аккаунта ВКонтакте «Школа №2»: «Памятка о гриппе»");
        Assert.Contains("до 25.11.2026 (№1)", notice.Text);
        await SendsThroughGospublikiAsync(maria, "Конкурс рисунков");
        await ivan.SeesAsync("«Конкурс рисунков»");

        await ivan.PressesAsync(notice, GospublikiTexts.ConfirmButton);
        await ivan.SeesAsync("Пришлите ссылку на публикацию");
        // The link must be a post of that very account, read as a reported publication is.
        await ivan.SendsAsync("https://ok.ru/group/1/topic/2");
        await ivan.SeesAsync("Ссылка ведёт в сеть Одноклассники, а материал №1 направлен в аккаунт ВКонтакте «Школа №2». Пришлите ссылку на пост оттуда");
        await ivan.SendsAsync("https://vk.com/gymnasium5?w=wall-5_3");
        var foreign = await ivan.SeesAsync("Ссылка ведёт на пост чужого сообщества или канала, а ваш аккаунт в сети ВКонтакте: https://vk.com/school2");
        Assert.EndsWith("Пришлите ссылку на публикацию в аккаунте.", foreign.Text);
        await ivan.SendsAsync("https://vk.com/library?w=wall-7_3");
        await ivan.SeesAsync("Это пост в аккаунте ВКонтакте «Библиотека», а материал №1 направлен в аккаунт ВКонтакте «Школа №2»");
        await ivan.SendsAsync("vk<b>.com/wall-1_15");
        await ivan.SeesAsync("«vk<b>.com/wall-1_15» не похоже на ссылку");
        await ivan.SendsAsync("https://vk.com/school2");
        await ivan.SeesAsync("Это ссылка на страницу ВКонтакте, а нужна ссылка на сам пост");
        Assert.False(bot.Get<GospublikiRepository>().Find(1)!.IsConfirmed);
        Assert.Empty(bot.Get<PublicationRepository>().Between(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));
        await bot.RestartAsync();
        await ivan.SendsAsync("vk.com/wall-1_15");
        var confirmed = await ivan.SeesAsync("Размещение материала №1 подтверждено: https://vk.com/wall-1_15");
        Assert.Contains("Засчитана публикация в аккаунте ВКонтакте «Школа №2» от 23.11.2026.", confirmed.Text);
        await maria.SeesAsync("Размещено из «Госпабликов»: №1 ВКонтакте «Школа №2»: «Памятка о гриппе»");
        var counted = Assert.Single(bot.Get<PublicationRepository>().OfStory(Publication.GospublikiStory(1)));
        Assert.Equal((school.Id, world.School.Id, "https://vk.com/wall-1_15", new DateOnly(2026, 11, 23), ivan.Id, (int?)null),
            (counted.AccountId, counted.DepartmentId, counted.Url, counted.PublishedOn, counted.ReportedById, counted.SubmissionId));

        await bot.AdvanceToAsync(On(2, "12:00"));
        Assert.Equal(0, Count(ivan, "Не подтверждено размещение"));
        await bot.AdvanceToAsync(On(3));
        var reminder = await ivan.SeesAsync("Не подтверждено размещение материала из «Госпабликов» №2");
        Assert.Contains("просрочено на 1 день", reminder.Text);
        Assert.Equal([GospublikiTexts.ConfirmButton], reminder.ButtonLabels());
        await maria.SeesAsync("Не подтверждено размещение материала из «Госпабликов» №2");
        await bot.AdvanceToAsync(On(4));
        Assert.Equal(2, Count(ivan, "Не подтверждено размещение"));
        Assert.Equal(0, Count(ivan, "«Госпабликов» №1"));

        // The post was already reported through «📣 Мы опубликовали» (the group's number is known since
        // the first confirmation): it confirms the item and still counts once.
        await ivan.SendsAsync("/published");
        await ivan.SeesAsync("Пришлите ссылки на новость");
        await ivan.SendsAsync("https://vk.com/wall-1_20");
        await ivan.SeesAsync("✅ Отмечено: 1 публикация, 27.11.2026");
        await ivan.PressesAsync(reminder, GospublikiTexts.ConfirmButton);
        await ivan.SeesAsync("№2 ВКонтакте «Школа №2»: «Конкурс рисунков»\nПришлите ссылку на публикацию");
        await ivan.SendsAsync("https://vk.com/school2?w=wall-1_20");
        var again = await ivan.SeesAsync("Размещение материала №2 подтверждено: https://vk.com/wall-1_20");
        Assert.Contains("Этот пост уже отмечен как публикация от 27.11.2026 и засчитан один раз.", again.Text);
        Assert.Empty(bot.Get<PublicationRepository>().OfStory(Publication.GospublikiStory(2)));
        var all = bot.Get<PublicationRepository>().Between(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29));
        Assert.Equal(["https://vk.com/wall-1_15", "https://vk.com/wall-1_20"], all.Select(p => p.Url));
        await ivan.SendsAsync("/quota");
        await ivan.SeesAsync("• ВКонтакте «Школа №2»: 2 из");

        await bot.AdvanceToAsync(On(7));
        Assert.Equal(2, Count(ivan, "Не подтверждено размещение"));
        Assert.All(bot.Get<GospublikiRepository>().All(), item => Assert.True(item.IsConfirmed));
        bot.Server.AssertNoViolations();
    }

    // A confirmation is a publication in that account, and a deleted account takes none: its material
    // can no longer be confirmed, so nobody is reminded of it.
    [Fact]
    public async Task Material_of_an_account_deleted_from_the_registry_is_not_reminded()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, ivan, maria) = world;
        var school = bot.Account(world.School, amend: a => a.UpdateChecklist(a.Checklist.Toggle(SecurityItem.Gospubliki)));
        await SendsThroughGospublikiAsync(maria, "Памятка о гриппе");
        await ivan.SeesAsync("«Памятка о гриппе»");

        var accounts = bot.Get<AccountRepository>();
        var stored = accounts.Find(school.Id)!;
        stored.MarkDeleted(new DateOnly(2026, 11, 24), maria.Id, On(1), Moscow);
        accounts.Save(stored);

        await bot.AdvanceToAsync(On(4));
        await bot.OutboxIdleAsync();
        Assert.Equal(0, Count(ivan, "Не подтверждено размещение"));
        Assert.Equal(0, Count(maria, "Не подтверждено размещение"));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Only_the_organisations_staff_confirm_and_only_connected_accounts_receive_items()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, ivan, maria) = world;
        var library = bot.Seed.Department("Библиотека");
        var petr = bot.NewPerson("Пётр", "Сидоров");
        bot.Seed.Staff(petr, library);
        bot.Account(library, "Библиотека", "vk.com/library");

        await maria.OpensRegistryAsync();
        await maria.PressesAsync(RegistryTexts.GospublikiButton);
        await maria.PressesAsync(GospublikiTexts.NewButton);
        await maria.SeesAsync("Ни один действующий аккаунт не отмечен как подключённый");
        bot.Account(world.School, amend: a => a.UpdateChecklist(a.Checklist.Toggle(SecurityItem.Gospubliki)));
        await SendsThroughGospublikiAsync(maria, "Памятка о гриппе");
        await ivan.SeesAsync("«Памятка о гриппе»");

        await petr.OpensRegistryAsync();
        var menu = petr.Chat.LastBotMessage!;
        var forged = await petr.SendsCallbackAsync(menu.MessageId, ButtonCodec.Encode(new ConfirmGospublikiButton(1)));
        Assert.Equal("Кнопка устарела", await petr.WaitForCallbackAnswerAsync(forged));
        await petr.PressesAsync(RegistryTexts.GospublikiButton);
        var list = await petr.SeesAsync("Неподтверждённых материалов нет");
        Assert.DoesNotContain(list.ButtonLabels(), label => label.StartsWith("🔗", StringComparison.Ordinal));
        Assert.False(bot.Get<GospublikiRepository>().Find(1)!.IsConfirmed);
        bot.Server.AssertNoViolations();
    }
}
