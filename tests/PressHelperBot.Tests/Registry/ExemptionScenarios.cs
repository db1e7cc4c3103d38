using FakeTelegram;
using PressHelperBot.Domain.Audit;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Features.Registry;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using PressHelperBot.Tests.Quotas;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Registry;

// An organisation exempt from keeping pages by agreement (Amurzet section 1 item 3) gets no quota
// reminders and shows as exempt with its basis.
public sealed class ExemptionScenarios
{
    private static int Count(FakeUser user, string fragment) => user.Chat.Messages.Count(m => m.FromBot && m.Text.Contains(fragment, StringComparison.Ordinal));

    [Fact]
    public async Task An_exempt_organisation_is_skipped_by_the_pace_check_while_the_others_are_reminded()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, _, maria) = world;
        // Both exist since long ago, so this week already counts for them (QuotaSeed).
        var library = bot.Department("Библиотека", 2, DepartmentKind.SubordinateOrganisation);
        var archive = bot.Department("Архив", 2, DepartmentKind.SubordinateOrganisation);
        var petr = bot.NewPerson("Пётр", "Сидоров");
        bot.Seed.Staff(petr, library);
        var zoya = bot.NewPerson("Зоя", "Архивная");
        bot.Seed.Staff(zoya, archive);

        await maria.OpensRegistryAsync();
        await maria.PressesAsync(RegistryTexts.ExemptionsButton);
        var list = await maria.SeesAsync("Освобождённые организации");
        Assert.DoesNotContain("Школа №2 — ведёт страницы", list.ButtonLabels());
        await maria.PressesAsync("Библиотека — ведёт страницы");
        await maria.PressesAsync(ExemptionTexts.ExemptButton);
        await maria.SeesAsync("Какой документ освобождает организацию?");
        await maria.SendsAsync("Постановление № 98");
        await maria.SeesAsync("Дата документа?");
        await bot.RestartAsync();
        await maria.SendsAsync("31.02.2022");
        await maria.SeesAsync("В феврале нет 31-го числа");
        await maria.SendsAsync("24.11.2022");
        await maria.SeesAsync("✅ Записано: организация «Библиотека» освобождена от ведения страниц");
        await maria.SeesAsync("Освобождена от ведения официальных страниц: Постановление № 98 от 24.11.2022");

        await bot.AdvanceToAsync(bot.Local("2026-11-25 10:00"));
        await zoya.SeesAsync("Норма публикаций: Архив");
        var summary = await maria.SeesAsync("Норма публикаций: как идёт неделя");
        await bot.OutboxIdleAsync();
        Assert.Equal(0, Count(petr, "Норма публикаций"));
        Assert.DoesNotContain("Библиотека", summary.Text);

        await maria.OpensRegistryAsync();
        await maria.PressesAsync("📋 Реестр");
        var view = await maria.SeesAsync("Реестр аккаунтов");
        Assert.Contains("освобождена от ведения страниц: Постановление № 98 от 24.11.2022", view.Text);
        var entry = Assert.Single(bot.Get<AuditLog>().Between(DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
        Assert.Equal((AuditArea.Registry, "Библиотека: освобождение от ведения страниц", "Постановление № 98 от 24.11.2022", maria.Id),
            (entry.Area, entry.Subject, entry.After, entry.ActorId));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Ending_the_exemption_brings_the_reminders_back_and_staff_cannot_exempt()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, _, maria) = world;
        var library = bot.Department("Библиотека", 2, DepartmentKind.SubordinateOrganisation);
        var petr = bot.NewPerson("Пётр", "Сидоров");
        bot.Seed.Staff(petr, library);
        var stored = bot.Get<DepartmentRepository>().Find(library.Id)!;
        stored.Exempt("Постановление № 98", new DateOnly(2022, 11, 24), maria.Id, bot.Clock.GetUtcNow(), new DateOnly(2026, 11, 23));
        bot.Get<DepartmentRepository>().Save(stored);

        await petr.OpensRegistryAsync();
        var forged = await petr.SendsCallbackAsync(petr.Chat.LastBotMessage!.MessageId, ButtonCodec.Encode(new EndExemptionButton(library.Id)));
        Assert.Equal("Это действие вам недоступно", await petr.WaitForCallbackAnswerAsync(forged));

        await maria.OpensRegistryAsync();
        await maria.PressesAsync(RegistryTexts.ExemptionsButton);
        await maria.PressesAsync("📄 Библиотека — освобождена");
        await maria.PressesAsync(ExemptionTexts.EndButton);
        await maria.SeesAsync("Ведёт официальные страницы");

        await bot.AdvanceToAsync(bot.Local("2026-11-25 10:00"));
        await petr.SeesAsync("Норма публикаций: Библиотека");
        Assert.False(bot.Get<DepartmentRepository>().Find(library.Id)!.IsExempt);
        bot.Server.AssertNoViolations();
    }
}
