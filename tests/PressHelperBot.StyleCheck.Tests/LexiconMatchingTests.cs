namespace PressHelperBot.StyleCheck.Tests;

public class LexiconMatchingTests
{
    [Theory]
    [InlineData("Мы будем осуществлять контроль.", "осуществлять")]
    [InlineData("Приём осуществляется по вторникам.", "осуществляется")]
    [InlineData("Всё было осуществлено вовремя.", "осуществлено")]
    [InlineData("Ремонт осуществят подрядчики.", "осуществят")]
    [InlineData("Осуществление проекта идёт по плану.", "Осуществление")]
    public void Verb_osushchestvlyat_is_found_in_every_form(string text, string fragment)
    {
        Assert.Contains(fragment, Check.Fragments(text, FindingKind.Bureaucratese));
    }

    [Fact]
    public void A_multiword_phrase_is_found_in_other_case_forms()
    {
        Assert.Equal(["в целях обеспечения"], Check.Fragments("Мы работаем в целях обеспечения порядка.", FindingKind.Bureaucratese));
        Assert.Equal(["денежных средств"], Check.Fragments("Не хватает денежных средств.", FindingKind.Bureaucratese));
    }

    [Fact]
    public void The_longest_phrase_wins_over_its_parts()
    {
        var findings = Check.Findings("Осуществляется приём граждан по вторникам.", FindingKind.Bureaucratese);

        var only = Assert.Single(findings);
        Assert.Equal("Осуществляется приём граждан", only.Fragment);
        Assert.Equal("принимаем", only.Suggestion);
    }

    [Theory]
    [InlineData("В настоящее время ремонт закончен.")]
    [InlineData("В настоящеё время ремонт закончен.")]
    public void Yo_and_ye_match_in_the_text(string text)
    {
        Assert.Single(Check.Findings(text, FindingKind.Bureaucratese));
    }

    [Fact]
    public void Yo_and_ye_match_in_the_lexicon_entry()
    {
        // The entry is written "в полном объеме" with е; the text has ё.
        Assert.Equal(["в полном объёме"], Check.Fragments("Оплатим в полном объёме.", FindingKind.Bureaucratese));
    }

    [Fact]
    public void Words_split_by_punctuation_do_not_form_a_phrase()
    {
        Assert.DoesNotContain(Check.Findings("Это было в целях, а обеспечения не было.", FindingKind.Bureaucratese),
            f => f.Fragment.Contains("в целях, а обеспечения"));
    }

    [Theory]
    [InlineData("По данным опроса, дороги стали лучше.")]
    [InlineData("Собираем данные о ямах на дорогах.")]
    [InlineData("На пути к школе поставили светофор.")]
    [InlineData("В последнем ряду было хорошо слышно.")]
    [InlineData("Гражданская оборона проводит учения.")]
    [InlineData("Учащается пульс, согласна с вами.")]
    [InlineData("Обучающий семинар сделали своими силами.")]
    public void Innocent_words_that_share_a_stem_are_not_found(string text)
    {
        Assert.DoesNotContain(Check.Default.Check(text, hasVisualMedia: true).Findings,
            f => f.Kind is FindingKind.Bureaucratese or FindingKind.Cliche or FindingKind.EmptyWords);
    }

    [Fact]
    public void Phrases_inside_quotes_are_names_and_are_not_found()
    {
        Assert.Empty(Check.Fragments("Проект «Культура малой Родины» помог купить колонки.", FindingKind.Cliche));
        Assert.Single(Check.Fragments("Приезжайте на малую родину.", FindingKind.Cliche));
    }

    [Fact]
    public void Finding_carries_a_reason_and_a_suggestion_in_russian()
    {
        var f = Assert.Single(Check.Findings("Данный вопрос решён.", FindingKind.Bureaucratese));

        Assert.Equal("Данный", f.Fragment);
        Assert.Equal("этот", f.Suggestion);
        Assert.StartsWith("Канцелярит", f.Reason);
    }
}
