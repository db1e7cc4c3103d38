using FakeTelegram;
using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Features.CitizensMessages;
using PressHelperBot.Features.HeadReport;
using PressHelperBot.Domain.Moderation;
using PressHelperBot.Features.Moderation;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Moderation;

// The moderation log as the press service meets it: Мария Петрова (coordinator) records violations,
// Анна Главная (an observer marked as the head) decides on blocks, Пётр Наблюдатель is an observer who
// is not the head. The harness's admin is there too.
public sealed class ModerationScenarios
{
    [Fact]
    public async Task A_comment_is_recorded_with_its_evidence_after_bad_input_and_the_same_comment_counts_once()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var maria = bot.NewPerson("Мария", "Петрова");
        bot.Seed.Coordinator(maria);

        await maria.SendsAsync("/moderation");
        await maria.SeesAsync("Журнал модерации");
        await maria.PressesAsync(ModerationTexts.RecordButton);
        await maria.SeesAsync("Пришлите ссылку на комментарий");
        await maria.SendsStickerAsync();
        await maria.SeesAsync(ModerationTexts.NeedText);
        await maria.SendsAsync("просто текст");
        await maria.SeesAsync("Это не похоже на ссылку");
        await maria.SendsAsync("https://vk.com/wall-1_2?reply=10");
        await maria.SeesAsync("Пришлите ссылку на страницу автора");
        await maria.SendsAsync("Вадим без ссылки");
        await maria.SeesAsync("ссылк");
        await maria.SendsAsync("vk.com/id123");
        await maria.SeesAsync(ModerationTexts.AskName);
        await maria.SendsAsync("Вадим Грубов");
        await maria.SeesAsync(ModerationTexts.AskType);
        await maria.SendsAsync("оскорбления");
        await maria.SeesAsync(ModerationTexts.UseButtons);
        await maria.PressesAsync("🤬 Оскорбления");
        await maria.SeesAsync(ModerationTexts.AskMeasure);
        await maria.PressesAsync("🗑 Комментарий удалён");
        await maria.SeesAsync("Пришлите скриншот комментария");
        await maria.SendsVoiceAsync();
        await maria.SeesAsync(ModerationTexts.EvidenceNotSupported);
        await maria.SendsPhotoAsync();
        await maria.SeesAsync("Приложено: 1 файл.");
        await maria.SendsAsync("Вы там все бездельники!");
        await maria.SeesAsync("Приложено: 1 файл, текст комментария.");
        await maria.PressesAsync(ModerationTexts.SaveButton);
        var recorded = await maria.SeesAsync("✅ Нарушение №1 записано. У автора (Вадим Грубов) теперь 1 нарушение.");
        Assert.DoesNotContain("предложение о блокировке", recorded.Text);

        var moderation = bot.Get<ModerationRepository>();
        var violation = Assert.Single(moderation.AllViolations());
        Assert.Equal("https://vk.com/wall-1_2?reply=10", violation.CommentLink);
        Assert.Equal(ViolationType.Insult, violation.Type);
        Assert.Equal(ModerationMeasure.Deleted, violation.Measure);
        Assert.Equal("Вы там все бездельники!", violation.EvidenceText);
        Assert.Single(violation.Evidence);
        Assert.Equal(maria.Id, violation.RecordedById);
        var author = Assert.Single(moderation.AllAuthors());
        Assert.Equal("Вадим Грубов", author.Name);
        Assert.Null(author.PendingProposal);

        // The same comment again, after a restart: said so at once and not counted.
        await bot.RestartAsync();
        await maria.SendsAsync("/moderation");
        await maria.PressesAsync(ModerationTexts.RecordButton);
        await maria.SeesAsync("Пришлите ссылку на комментарий");
        await maria.SendsAsync("https://vk.com/wall-1_2?reply=10");
        await maria.SeesAsync("Это нарушение уже в журнале: №1 от 23.11.2026, кто записал: Мария Петрова.");
        Assert.Single(bot.Get<ModerationRepository>().AllViolations());
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task The_second_violation_of_an_author_reaches_the_head_who_blocks_across_a_restart_and_forged_presses_change_nothing()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var maria = bot.NewPerson("Мария", "Петрова");
        bot.Seed.Coordinator(maria);
        var anna = bot.NewPerson("Анна", "Главная");
        var head = bot.Seed.Observer(anna);
        head.MarkAsHead();
        bot.Get<PeopleRepository>().Save(head);
        var petr = bot.NewPerson("Пётр", "Наблюдатель");
        bot.Seed.Observer(petr);

        await RecordAsync(maria, "https://vk.com/wall-1_2?reply=10", "vk.com/id123", "🤬 Оскорбления", name: "Вадим Грубов");
        await maria.SeesAsync("У автора (Вадим Грубов) теперь 1 нарушение.");

        // The second, on another account's page and given with a second profile link of the same person.
        await RecordAsync(maria, "https://ok.ru/group/7/topic/9", "https://vk.com/ivan.grubov vk.com/id123", "🔞 Нецензурная лексика", name: null);
        var second = await maria.SeesAsync("У автора (Вадим Грубов) теперь 2 нарушения.");
        Assert.Contains("🚫 Это повторное нарушение: предложение о блокировке отправлено руководителю (Анна Главная).", second.Text);
        await bot.OutboxIdleAsync();

        var card = await anna.SeesAsync("Предложение о блокировке пользователя");
        Assert.Equal([ModerationTexts.BlockButton, ModerationTexts.WarnButton], card.ButtonLabels());
        Assert.Contains("Автор: Вадим Грубов", card.Text);
        Assert.Contains("Страницы: vk.com/id123, vk.com/ivan.grubov", card.Text);
        Assert.Contains("Нарушений: 2", card.Text);
        Assert.Contains("ВКонтакте: оскорбления, комментарий удалён — https://vk.com/wall-1_2?reply=10", card.Text);
        Assert.Contains("Одноклассники: нецензурная лексика, комментарий скрыт — https://ok.ru/group/7/topic/9", card.Text);
        Assert.Equal(0, petr.BotMessageCount());
        Assert.Equal(0, bot.Admin.Chat.Messages.Count(m => m.FromBot && m.Text.Contains("Предложение о блокировке", StringComparison.Ordinal)));

        await bot.RestartAsync();
        var moderation = bot.Get<ModerationRepository>();
        var author = Assert.Single(moderation.AllAuthors());
        Assert.NotNull(author.PendingProposal);
        var block = ButtonCodec.Encode(new HeadDecisionButton(author.Id, author.PendingProposal!.Number, HeadDecision.Block));

        // A coordinator, an observer who is not the head, and an admin while a head is marked: refused.
        await maria.SendsAsync("/moderation");
        var menu = await maria.SeesAsync("Журнал модерации");
        var byMaria = await maria.SendsCallbackAsync(menu.MessageId, block);
        Assert.Equal(RouterTexts.Forbidden, await maria.WaitForCallbackAnswerAsync(byMaria));
        await petr.SendsAsync("/start");
        await petr.SeesAsync("");
        var byPetr = await petr.SendsCallbackAsync(petr.Chat.LastBotMessage!.MessageId, block);
        Assert.Equal(ModerationTexts.NotTheHead, await petr.WaitForCallbackAnswerAsync(byPetr));
        await petr.SendsAsync("/moderation");
        await petr.SeesAsync(ModerationTexts.Forbidden);
        await bot.Admin.SendsAsync("/start");
        await bot.Admin.SeesAsync("");
        var byAdmin = await bot.Admin.SendsCallbackAsync(bot.Admin.Chat.LastBotMessage!.MessageId, block);
        Assert.Equal(ModerationTexts.NotTheHead, await bot.Admin.WaitForCallbackAnswerAsync(byAdmin));
        await bot.SettledAsync();
        author = moderation.Author(author.Id)!;
        Assert.NotNull(author.PendingProposal);
        Assert.False(author.IsBlocked);

        // The head decides.
        var press = await anna.PressesAsync(card, ModerationTexts.BlockButton);
        Assert.StartsWith("🚫 Решение: заблокировать. Решение принято: Анна Главная, 23.11.2026", await anna.WaitForCallbackAnswerAsync(press));
        await bot.OutboxIdleAsync();
        var closed = anna.Chat.Messages.Single(m => m.MessageId == card.MessageId);
        Assert.Contains("🚫 Решение: заблокировать. Решение принято: Анна Главная", closed.Text);
        Assert.Empty(closed.AllButtons);

        var notice = await maria.SeesAsync("Руководитель решил заблокировать пользователя: Вадим Грубов");
        Assert.Contains("Решение принято: Анна Главная, 23.11.2026", notice.Text);
        Assert.Contains("Пользователь Вадим Грубов заблокирован на странице по решению главы за неоднократное (два и более раза) размещение комментариев, нарушающих правила страницы (оскорбления, нецензурная лексика).", notice.Text);

        author = moderation.Author(author.Id)!;
        Assert.True(author.IsBlocked);
        Assert.Equal(anna.Id, author.LastDecision!.ById);
        Assert.Equal("Анна Главная", author.LastDecision.ByName);
        Assert.Equal(bot.Clock.GetUtcNow(), author.LastDecision.At);

        // The head's other button, pressed late (a stale card), changes nothing.
        var late = await anna.SendsCallbackAsync(card.MessageId,
            ButtonCodec.Encode(new HeadDecisionButton(author.Id, author.Proposals[^1].Number, HeadDecision.WarnOnly)));
        Assert.StartsWith("Уже решено: заблокировать. Решение принято: Анна Главная", await anna.WaitForCallbackAnswerAsync(late));
        await bot.OutboxIdleAsync();
        Assert.True(moderation.Author(author.Id)!.IsBlocked);
        Assert.Equal(1, maria.Chat.Messages.Count(m => m.FromBot && m.Text.Contains("Руководитель решил", StringComparison.Ordinal)));

        // The head's monthly report counts them.
        using (var scope = bot.Services.CreateScope())
        {
            var section = scope.ServiceProvider.GetServices<IMonthlyReportSection>().OfType<CitizensReportSection>().Single();
            var lines = section.Build(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), bot.Clock.GetUtcNow()).Lines;
            Assert.Contains("Нарушений записано: 2", lines);
            Assert.Contains("Решено заблокировать: 1", lines);
            Assert.Contains("Решено только предупредить: 0", lines);
        }

        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task While_no_head_is_marked_the_admin_decides_and_a_warning_gives_the_coordinator_the_warning_text()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var maria = bot.NewPerson("Мария", "Петрова");
        bot.Seed.Coordinator(maria);

        await RecordAsync(maria, "https://vk.com/wall-1_2?reply=10", "vk.com/id555", "📢 Спам или реклама", name: "Магазин Окна");
        await maria.SeesAsync("теперь 1 нарушение");
        await RecordAsync(maria, "https://vk.com/wall-1_3?reply=11", "vk.com/id555", "📢 Спам или реклама", name: null);
        await maria.SeesAsync("предложение о блокировке отправлено руководителю");
        await bot.OutboxIdleAsync();

        var card = await bot.Admin.SeesAsync("Предложение о блокировке пользователя");
        await bot.Admin.PressesAsync(card, ModerationTexts.WarnButton);
        await bot.OutboxIdleAsync();
        var notice = await maria.SeesAsync("Руководитель решил только предупредить пользователя: Магазин Окна");
        Assert.Contains("Магазин Окна, ваши комментарии удалены, потому что нарушают правила страницы (спам или реклама).", notice.Text);

        var author = Assert.Single(bot.Get<ModerationRepository>().AllAuthors());
        Assert.False(author.IsBlocked);
        Assert.Equal(HeadDecision.WarnOnly, author.LastDecision!.Kind);
        bot.Server.AssertNoViolations();
    }

    // «➕ Записать нарушение» from the log's menu to the save, with no evidence. A null name takes the
    // name the log already has for these profiles.
    private static async Task RecordAsync(FakeUser coordinator, string link, string profiles, string type, string? name)
    {
        await coordinator.SendsAsync("/moderation");
        await coordinator.SeesAsync("Журнал модерации");
        await coordinator.PressesAsync(ModerationTexts.RecordButton);
        await coordinator.SeesAsync("Пришлите ссылку на комментарий");
        await coordinator.SendsAsync(link);
        await coordinator.SeesAsync("Пришлите ссылку на страницу автора");
        await coordinator.SendsAsync(profiles);
        var ask = await coordinator.SeesAsync(ModerationTexts.AskName);
        if (name is null)
        {
            Assert.Contains("Автор уже в журнале", ask.Text);
            await coordinator.PressesAsync(ask, "✅ ");
        }
        else
        {
            await coordinator.SendsAsync(name);
        }

        await coordinator.SeesAsync(ModerationTexts.AskType);
        await coordinator.PressesAsync(type);
        await coordinator.SeesAsync(ModerationTexts.AskMeasure);
        await coordinator.PressesAsync(type.Contains("Нецензурная", StringComparison.Ordinal) ? "🙈 Комментарий скрыт" : "🗑 Комментарий удалён");
        await coordinator.SeesAsync("Пришлите скриншот комментария");
        await coordinator.PressesAsync(ModerationTexts.SaveButton);
    }
}
