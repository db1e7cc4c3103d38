namespace PressHelperBot.StyleCheck.Tests;

public class StructureAndEmphasisTests
{
    private static string Words(int n) => string.Join(' ', Enumerable.Repeat("слово", n));

    [Fact]
    public void Sentence_over_25_words_is_long()
    {
        var text = "Коротко. Итак " + Words(25) + ". Тоже коротко.";

        var f = Assert.Single(Check.Findings(text, FindingKind.LongSentence));
        Assert.Equal("Итак " + Words(25) + ".", text.Substring(f.Start, f.Length));
        Assert.Contains("26 слов", f.Reason);
    }

    [Fact]
    public void Sentence_of_25_words_is_fine()
    {
        Assert.Empty(Check.Findings(Words(25) + ".", FindingKind.LongSentence));
    }

    [Fact]
    public void Abbreviations_and_initials_do_not_end_a_sentence()
    {
        var text = "На ул. Ленина А. С. Петров открыл кафе. Приходите.";

        Assert.Empty(Check.Findings(text, FindingKind.LongSentence));
        Assert.Empty(Check.Findings(string.Join(" ", Enumerable.Repeat("Жили-были. Да.", 20)), FindingKind.LongSentence));
    }

    [Fact]
    public void Paragraph_of_six_sentences_is_long_and_of_five_is_fine()
    {
        var six = string.Join(' ', Enumerable.Repeat("Мы пришли.", 6));
        var five = string.Join(' ', Enumerable.Repeat("Мы пришли.", 5));

        Assert.Single(Check.Findings(six + "\nИ всё.", FindingKind.LongParagraph));
        Assert.Empty(Check.Findings(five + "\nИ всё.", FindingKind.LongParagraph));
    }

    [Fact]
    public void Long_text_without_line_breaks_is_a_wall()
    {
        var sentence = "В субботу в парке посадили сто лип и клёнов. ";
        var wall = string.Concat(Enumerable.Repeat(sentence, 15));
        var split = string.Join('\n', Enumerable.Repeat(sentence + sentence + sentence, 5));

        Assert.Single(Check.Findings(wall, FindingKind.NoParagraphs));
        Assert.Empty(Check.Findings(wall, FindingKind.LongParagraph));
        Assert.Empty(Check.Findings(split, FindingKind.NoParagraphs));
        Assert.Empty(Check.Findings(sentence, FindingKind.NoParagraphs));
    }

    [Theory]
    [InlineData("ВНИМАНИЕ, завтра нет воды.", "ВНИМАНИЕ")]
    [InlineData("Все на субботник! ВСЕ НА СУББОТНИК", "ВСЕ НА СУББОТНИК")]
    [InlineData("Это СРОЧНО.", "СРОЧНО")]
    public void Shouted_words_are_found(string text, string fragment)
    {
        Assert.Equal([fragment], Check.Fragments(text, FindingKind.AllCaps));
    }

    [Theory]
    [InlineData("Документы примут в МФЦ и в МБОУ СОШ № 5.")]
    [InlineData("Сдаём ЕГЭ и ГТО, смотрим ТВ.")]
    [InlineData("Звоните в ЕДДС или ГИБДД.")]
    public void Abbreviations_are_not_shouting(string text)
    {
        Assert.Empty(Check.Findings(text, FindingKind.AllCaps));
    }

    [Theory]
    [InlineData("Приходите!!", "!!")]
    [InlineData("Ура!!! Мы победили?!!", "!!!")]
    public void Runs_of_exclamation_marks_are_found(string text, string first)
    {
        Assert.Equal(first, Check.Fragments(text, FindingKind.Exclamations)[0]);
    }

    [Fact]
    public void Single_exclamation_and_question_marks_are_fine()
    {
        Assert.Empty(Check.Findings("Приходите! Придёте? Ждём!", FindingKind.Exclamations));
    }

    [Fact]
    public void Post_without_photo_or_video_gets_a_mild_hint()
    {
        var checker = StyleChecker.CreateDefault();

        var bare = checker.Check("Завтра откроем каток.", hasVisualMedia: false);
        var withPhoto = checker.Check("Завтра откроем каток.", hasVisualMedia: true);

        var hint = Assert.Single(bare.Findings);
        Assert.Equal(FindingKind.NoVisualMedia, hint.Kind);
        Assert.Equal(9.5, bare.Score);
        Assert.Empty(withPhoto.Findings);
    }
}
