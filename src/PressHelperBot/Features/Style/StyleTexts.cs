using PressHelperBot.StyleCheck;
using PressHelperBot.StyleCheck.Lexicon;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Style;

internal static class StyleTexts
{
    public const string CheckButton = "🔎 Проверить текст";
    public const string AgainButton = "🔎 Проверить ещё";
    public const string SettingsButton = "⚙️ Настройки проверки";
    public const string WordsButton = "📖 Свои слова";
    public const string AddWordButton = "➕ Добавить слово";
    public const string BackButton = "⬅️ Назад";
    public const string ToSettings = "⚙️ К настройкам";

    public const string AskText =
        "Пришлите текст поста одним сообщением — покажу, что в нём звучит как пресс-релиз или канцелярит, " +
        "и подскажу, как сказать проще. Можно прислать фото с подписью: проверю подпись.";

    public const string NotText =
        "Это не текст. Пришлите текст поста сообщением (или фото с подписью). Выйти: /cancel";

    public const string NoCaption =
        "У этого фото или видео нет подписи, проверять нечего. Пришлите текст или фото с подписью. Выйти: /cancel";

    public const string EmptyText = "Текст пустой. Пришлите текст поста одним сообщением. Выйти: /cancel";

    public const string NextText = "Можно сразу прислать следующий текст — проверю и его.";

    public const string AskWord =
        "Пришлите строку в виде <b>фраза | категория | как сказать проще</b>.\n" +
        "Например: <code>в целях повышения | канцелярит | чтобы улучшить</code>\n\n" +
        "Категории: канцелярит, штамп, пустое, пресс-релиз. Можно несколько строк сразу — по одной на слово. " +
        "Фраза находится во всех формах: «осуществлять» найдёт и «осуществляется». Выйти: /cancel";

    public const string WordNotText = "Нужна строка текстом: фраза | категория | как сказать проще. Выйти: /cancel";

    public const string WordEmpty = "Строка пустая. Пришлите: фраза | категория | как сказать проще. Выйти: /cancel";

    public const string NoWords = "Своих слов пока нет: бот проверяет по встроенному словарю. Добавьте слово, которого ему не хватает.";

    public const string WordGone = "Этого слова уже нет";

    public const int MaxPhraseLength = 80;
    public const int MaxSuggestionLength = 150;
    public const int MaxReasonLength = 200;
    public const int MaxLinesAtOnce = 20;

    public static string Settings(IReadOnlySet<FindingKind> disabled, int words) =>
        "<b>Настройки проверки текста</b>\n" +
        "Нажмите на проверку, чтобы выключить или включить её — для всех сразу. " +
        "✅ — проверка работает, ⛔ — выключена.\n" +
        (disabled.Count == 0 ? "Сейчас работают все проверки." : $"Выключено: {disabled.Count}.") +
        $"\nСвоих слов в словаре: {words}.";

    public static string Toggle(FindingKind kind, bool enabled) =>
        (enabled ? "✅ " : "⛔ ") + kind.RussianTitle();

    public static string Toggled(FindingKind kind, bool enabled) =>
        $"«{kind.RussianTitle()}» {(enabled ? "включено" : "выключено")}";

    public static string WordsList(IReadOnlyList<(int Number, LexiconEntry Entry)> page, int total, int pageNumber, int pages) =>
        $"<b>Свои слова: {total}</b>" + (pages > 1 ? $" (страница {pageNumber + 1} из {pages})" : "") + "\n" +
        string.Join("\n", page.Select(w => $"{w.Number}. {Describe(w.Entry)}")) +
        "\n\nЧтобы удалить слово, нажмите на него.";

    public static string Describe(LexiconEntry entry) =>
        $"«{Html.Text(entry.Phrase)}» — {CategoryName(entry.Category)}" +
        (entry.Suggestion.Length > 0 ? $" → <i>{Html.Text(entry.Suggestion)}</i>" : "");

    public static string DeleteButton(LexiconEntry entry) => "🗑 " + Shorten(entry.Phrase, 40);

    public static string Added(IReadOnlyList<LexiconEntry> entries) =>
        (entries.Count == 1 ? "Добавлено" : $"Добавлено слов: {entries.Count}") + ":\n" +
        string.Join("\n", entries.Select(e => "• " + Describe(e))) +
        "\n\nПроверка уже находит их во всех формах — у всех пользователей.";

    public static string BadLine(int line, int lines, string text, string error) =>
        (lines > 1 ? $"Строка {line}: «{Html.Text(Shorten(text, 60))}». " : "") + Html.Text(error) +
        "\nНичего не добавлено. Пришлите ещё раз, например: <code>в целях повышения | канцелярит | чтобы улучшить</code>. Выйти: /cancel";

    public static string TooLong(string part, int max) => $"{part} длиннее {max} символов — сократите.";

    public static string TooManyLines => $"Не больше {MaxLinesAtOnce} строк за раз.";

    // How the audit log names the style check's settings (plain text: the log is read in Excel too).
    public const string NoWord = "нет в словаре";

    public static string CheckSubject(FindingKind kind) => $"Проверка стиля: «{kind.RussianTitle()}»";

    public static string WordSubject(string phrase) => $"Свои слова проверки стиля: «{phrase}»";

    public static string OnOff(bool enabled) => enabled ? "включена" : "выключена";

    public static string Plain(LexiconEntry entry) =>
        $"{CategoryName(entry.Category)}" + (entry.Suggestion.Length > 0 ? $" → {entry.Suggestion}" : "") +
        (entry.Reason is { Length: > 0 } reason ? $" ({reason})" : "");

    public static string CategoryName(FindingKind category) =>
        LexiconEntry.CategoryNames.FirstOrDefault(c => c.Value == category).Key ?? category.RussianTitle();

    private static string Shorten(string text, int max) =>
        text.Length <= max ? text : text[..(char.IsHighSurrogate(text[max - 1]) ? max - 1 : max)] + "…";
}
