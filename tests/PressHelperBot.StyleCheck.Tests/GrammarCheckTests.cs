namespace PressHelperBot.StyleCheck.Tests;

public class GrammarCheckTests
{
    [Fact]
    public void Chain_of_verbal_nouns_is_found()
    {
        Assert.Equal(["проведение мероприятий по организации работы"],
            Check.Fragments("Начато проведение мероприятий по организации работы.", FindingKind.VerbalNounChain));
    }

    [Fact]
    public void One_verbal_noun_and_thing_nouns_are_not_a_chain()
    {
        Assert.Empty(Check.Findings("Открытие катка для детей будет в субботу.", FindingKind.VerbalNounChain));
        Assert.Empty(Check.Findings("В здании отделения почты сделали ремонт.", FindingKind.VerbalNounChain));
    }

    [Fact]
    public void Chain_of_genitives_is_found()
    {
        Assert.Equal(["уровень качества обслуживания населения"],
            Check.Fragments("Вырос уровень качества обслуживания населения.", FindingKind.GenitiveChain));
        Assert.Equal(["задачи развития предпринимательства"],
            Check.Fragments("Обсудили задачи развития предпринимательства.", FindingKind.GenitiveChain));
    }

    [Fact]
    public void Ordinary_genitives_are_not_a_chain()
    {
        Assert.Empty(Check.Findings("Дети из школы искусств пели у здания почты.", FindingKind.GenitiveChain));
        Assert.Empty(Check.Findings("Пришли ребята из первой школы.", FindingKind.GenitiveChain));
    }

    [Theory]
    [InlineData("Ремонт был проведён за неделю.", "был проведён")]
    [InlineData("Проверка будет осуществлена в мае.", "будет осуществлена")]
    [InlineData("Всё было успешно сделано.", "было успешно сделано")]
    [InlineData("Решение было принято единогласно.", "было принято")]
    [InlineData("Каток будет открыт в декабре.", "будет открыт")]
    public void Passive_construction_is_found(string text, string fragment)
    {
        Assert.Equal([fragment], Check.Fragments(text, FindingKind.Passive));
    }

    [Theory]
    [InlineData("Было холодно, но весело.")]
    [InlineData("Я был уверен, что придёт весь класс.")]
    [InlineData("Вечером будет интересно.")]
    [InlineData("Рядом был фонтан.")]
    [InlineData("Там был Степан с друзьями.")]
    [InlineData("Он должен был прийти.")]
    public void Short_adjectives_and_nouns_after_byt_are_not_passive(string text)
    {
        Assert.Empty(Check.Findings(text, FindingKind.Passive));
    }
}
