using FakeTelegram;
using PressHelperBot.Domain.Audit;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Registry;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Registry;

// Who holds the login, whose phone or e-mail an account is bound to, and «сменить доступ» when the
// responsible person changes. Day 0 is Monday 23.11.2026; ACCESS_CHANGE_DAYS is 5, so a change on day 0
// is due on Saturday 28.11.
public sealed class AccessScenarios
{
    private static readonly DateOnly Day0 = new(2026, 11, 23);
    private static readonly OrgCalendar Moscow = OrgCalendar.ForZone("Europe/Moscow");

    private static DateTimeOffset On(int day, string time = "10:00") =>
        Moscow.Instant(Day0.AddDays(day), TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture));

    private static int Count(FakeUser user, string fragment) => user.Chat.Messages.Count(m => m.FromBot && m.Text.Contains(fragment, StringComparison.Ordinal));

    private static async Task ChangesResponsibleAsync(FakeUser user)
    {
        await user.OpensRegistryAsync();
        await user.PressesAsync("👤 Сменился ответственный");
        await user.PressesAsync("ВКонтакте: Школа №2");
        await user.SeesAsync("ФИО нового ответственного");
        await user.SendsAsync("Петров Пётр");
        await user.SeesAsync("Должность");
        await user.SendsAsync("методист");
        await user.SeesAsync("Телефон или Telegram");
        await user.SendsAsync("@petrov_p");
        await user.SeesAsync("✅ Записал");
    }

    [Fact]
    public async Task A_changed_responsible_person_opens_a_change_access_task_that_is_reminded_escalated_and_closed()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, ivan, maria) = world;
        var olga = bot.NewPerson("Ольга", "Глава");
        bot.Seed.Observer(olga);
        bot.Account(world.School);

        await ChangesResponsibleAsync(ivan);
        await ivan.SeesAsync("Смените доступ к аккаунту до 28.11.2026");
        var card = await maria.SeesAsync("Сменить доступ до 28.11");
        Assert.Equal([AccessTexts.ChangedTodayButton, AccessTexts.CardButton], card.ButtonLabels());
        await ivan.SeesAsync("Сменить доступ до 28.11");

        await bot.AdvanceToAsync(On(2, "09:59"));
        Assert.Equal(0, Count(maria, "⏰"));
        await bot.AdvanceToAsync(On(2));
        await maria.SeesAsync("Через 3 дня срок: сменить доступ к аккаунту до 28.11");
        await ivan.SeesAsync("Через 3 дня срок: сменить доступ к аккаунту до 28.11");
        await bot.AdvanceToAsync(On(4));
        await maria.SeesAsync("Завтра срок: сменить доступ");
        await bot.AdvanceToAsync(On(5));
        await maria.SeesAsync("Сегодня последний день");
        // Sunday is no working day; Monday 30.11 is.
        await bot.AdvanceToAsync(On(6));
        Assert.Equal(0, Count(maria, "Просрочено"));
        await bot.AdvanceToAsync(On(7));
        await maria.SeesAsync("Просрочено на 2 дня: сменить доступ к аккаунту до 28.11");
        var escalation = await olga.SeesAsync("Просрочена смена доступа на 2 дня: срок был 28.11");
        Assert.Empty(escalation.AllButtons);

        await ivan.PressesAsync(AccessTexts.ChangedTodayButton);
        await bot.SettledAsync();
        await bot.OutboxIdleAsync();
        await maria.SeesAsync("✅ Доступ сменён: Иван Петров");
        await bot.AdvanceToAsync(On(10));

        Assert.Equal(1, Count(maria, "Просрочено"));
        Assert.Equal(1, Count(olga, "Просрочена смена доступа"));
        var ofTask = maria.Chat.Messages.Where(m => m.FromBot && m.Text.Contains("сменить доступ", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.All(ofTask, m => Assert.Contains("✅ Доступ сменён: Иван Петров", m.Text));
        Assert.All(ofTask, m => Assert.Empty(m.AllButtons));
        var account = bot.Get<AccountRepository>().All().Single();
        Assert.Equal(Day0.AddDays(7), account.Access.ChangedOn);
        Assert.True(bot.Get<RegistryTaskRepository>().All().Single(t => t.Kind == RegistryTaskKind.AccessChange).IsClosed);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Staff_record_who_holds_the_login_and_whose_phone_it_is_bound_to_but_never_the_number()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, ivan, maria) = world;
        var account = bot.Account(world.School);

        await ivan.OpensRegistryAsync();
        await ivan.PressesAsync("🛡 Безопасность и реквизиты");
        await ivan.PressesAsync("⚠️ ВКонтакте: Школа №2");
        await ivan.SeesAsync("Что есть на странице");
        await ivan.PressesAsync(AccessTexts.CardButton);
        await ivan.SeesAsync("Логин у кого: не указано");
        await ivan.PressesAsync(AccessTexts.HolderButton);
        var people = await ivan.SeesAsync("У кого логин от аккаунта");
        Assert.Contains("Мария Петрова", people.ButtonLabels());
        await ivan.PressesAsync("Иван Петров");
        await ivan.SeesAsync("Логин у кого: Иван Петров");

        await ivan.PressesAsync(AccessTexts.PhoneButton);
        await ivan.SeesAsync("Чей это телефон?");
        await ivan.SendsAsync("+7 900 111-22-33");
        await ivan.SeesAsync("Номер, почту или имя в Telegram сюда не пишите");
        await bot.RestartAsync();
        await ivan.SendsStickerAsync();
        await ivan.SeesAsync("Пришлите ответ текстом");
        await ivan.SendsAsync("служебный телефон приёмной");
        await ivan.SeesAsync("Привязан к: телефон: служебный телефон приёмной");
        await ivan.PressesAsync(AccessTexts.TwoFactorButton(false));
        await ivan.SeesAsync("Двухфакторная аутентификация: включена");

        var stored = bot.Get<AccountRepository>().Find(account.Id)!;
        Assert.Equal(new LoginHolder(LoginHolderKind.Person, ivan.Id, "Иван Петров"), stored.Access.Holder);
        Assert.Equal(new AccountBinding(BindingKind.Phone, "служебный телефон приёмной"), stored.Access.Binding);
        Assert.True(stored.Checklist.TwoFactor);
        var audit = bot.Get<AuditLog>().Between(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        Assert.Contains(audit, e => e.Area == AuditArea.Registry && e.Subject == "ВКонтакте «Школа №2»: логин у кого" && e.After == "Иван Петров" && e.ActorId == ivan.Id);
        Assert.Contains(audit, e => e.Subject == "ВКонтакте «Школа №2»: привязка" && e.After == "телефон: служебный телефон приёмной");
        Assert.DoesNotContain(audit, e => e.After.Contains("111-22-33", StringComparison.Ordinal));
        Assert.Equal(3, audit.Count);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Someone_from_another_department_cannot_change_access_and_an_observer_only_looks()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, _, _) = world;
        var account = bot.Account(world.School);
        var library = bot.Seed.Department("Библиотека");
        var petr = bot.NewPerson("Пётр", "Сидоров");
        bot.Seed.Staff(petr, library);
        var olga = bot.NewPerson("Ольга", "Глава");
        bot.Seed.Observer(olga);

        await petr.OpensRegistryAsync();
        var menu = petr.Chat.LastBotMessage!;
        var forged = await petr.SendsCallbackAsync(menu.MessageId, ButtonCodec.Encode(new AccessChangedButton(account.Id, FromCard: true)));
        Assert.Equal("Кнопка устарела", await petr.WaitForCallbackAnswerAsync(forged));

        await olga.OpensRegistryAsync();
        var start = olga.Chat.LastBotMessage!;
        await olga.SendsCallbackAsync(start.MessageId, ButtonCodec.Encode(new AccessCardButton(account.Id)));
        var card = await olga.SeesAsync("Доступ к аккаунту");
        Assert.Equal([RegistryTexts.BackButton], card.ButtonLabels());
        Assert.Null(bot.Get<AccountRepository>().Find(account.Id)!.Access.ChangedOn);
        bot.Server.AssertNoViolations();
    }
}
