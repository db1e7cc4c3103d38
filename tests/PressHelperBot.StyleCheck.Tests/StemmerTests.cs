using PressHelperBot.StyleCheck.Text;

namespace PressHelperBot.StyleCheck.Tests;

// The stems come from Lucene.Net's port of the Snowball Russian stemmer; these pin the behaviour
// the lexicon relies on, plus our ё folding which Snowball itself lacks.
public class StemmerTests
{
    [Theory]
    [InlineData("мероприятие", "мероприят")]
    [InlineData("мероприятий", "мероприят")]
    [InlineData("осуществляется", "осуществля")]
    [InlineData("осуществлять", "осуществля")]
    [InlineData("осуществлено", "осуществл")]
    [InlineData("граждане", "граждан")]
    [InlineData("важнейшие", "важн")]
    public void Word_forms_reduce_to_the_snowball_stem(string word, string stem)
    {
        Assert.Equal(stem, RussianStems.Stem(RussianStems.Normalize(word)));
    }

    [Fact]
    public void Yo_is_folded_before_stemming()
    {
        Assert.Equal(RussianStems.Stem(RussianStems.Normalize("объем")), RussianStems.Stem(RussianStems.Normalize("Объём")));
        Assert.Equal("елк", RussianStems.Stem(RussianStems.Normalize("Ёлки")));
    }

    [Fact]
    public void Latin_and_short_words_are_left_as_they_are()
    {
        Assert.Equal("hello", RussianStems.Stem("hello"));
        Assert.Equal("в", RussianStems.Stem("в"));
    }
}
