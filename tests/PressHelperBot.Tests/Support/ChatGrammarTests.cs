namespace PressHelperBot.Tests.Support;

// The grammar check every scenario ends with: it must catch what users complained about, and let
// the wordings we chose instead pass.
public sealed class ChatGrammarTests
{
    private static readonly string[] Units = ["Отдел культуры", "Школа №2"];
    private static readonly string[] People = ["Мария Координаторова"];

    [Theory]
    [InlineData("Вы уже состоите в Отдел культуры. Главное меню: /start")]
    [InlineData("Готово: теперь вы также в Отдел культуры.")]
    [InlineData("Сколько публикаций в неделю ждём от Школа №2?")]
    [InlineData("Сейчас норма Отдел культуры — 1 в неделю.")]
    [InlineData("Приглашение в «Отдел культуры». Сколько человек?")]
    [InlineData("Вы уже состоите в отделе «Отдел культуры».")]
    [InlineData("Удалить Школа №2?")]
    [InlineData("Решение принято: от Мария Координаторова.")]
    [InlineData("Заявку уже одобрил(а) Мария Координаторова")]
    [InlineData("🚫 Заблокирован(а)")]
    [InlineData("⏰ Новость ждёт решения 8 рабоч. ч")]
    [InlineData("Файлы: 2 фото, 1 док.")]
    [InlineData("Внести в реестр до 30.11 (осталось 7 дн.)")]
    [InlineData("Норма: 1 публикаций в неделю")]
    [InlineData("До конца недели 5 рабочих дня.")]
    [InlineData("Новость ждёт решения 21 рабочих часов")]
    public void Catches_what_reads_wrong(string text) =>
        Assert.NotEmpty(ChatGrammar.Problems([text], Units, People));

    [Theory]
    [InlineData("Вы уже состоите в подразделении «Отдел культуры». Главное меню: /start")]
    [InlineData("Сколько публикаций в неделю ждём от организации «Школа №2»?")]
    [InlineData("Отдел культуры: норма 1 публикация в неделю.")]
    [InlineData("⏰ Норма публикаций: Школа №2")]
    [InlineData("Отдел: Отдел культуры\nАвтор: Мария Координаторова")]
    [InlineData("✅ Записано: создан аккаунт ВКонтакте «Школа №2».")]
    [InlineData("Заявка уже одобрена. Решение: Мария Координаторова")]
    [InlineData("⏰ Новость ждёт решения 8 рабочих часов")]
    [InlineData("Файлы: 2 фото, 1 документ")]
    [InlineData("Просрочено на 13 дней, до 21 дня, осталось 2 дня, 1 неделю подряд, 5 рабочих дней, 21 рабочий час")]
    [InlineData("Стиль: 9,5 из 10. В плане 2 из 5 — 25.11.2026 14:00")]
    public void Lets_plain_wording_pass(string text) =>
        Assert.Empty(ChatGrammar.Problems([text], Units, People));
}
