using PressHelperBot.Features.Style;
using PressHelperBot.StyleCheck;

namespace PressHelperBot.Tests.Style;

public sealed class StyleWordInputTests
{
    [Fact]
    public void Lines_with_spaces_around_the_bars_and_blank_lines_between_become_entries()
    {
        var (entries, problem) = StyleWordInput.Parse("  шаговая доступность|штамп|рядом  \n\n в целях повышения | Канцелярит | чтобы улучшить | Почему-то так пишут ");

        Assert.Null(problem);
        Assert.Equal(2, entries.Count);
        Assert.Equal(("шаговая доступность", FindingKind.Cliche, "рядом"), (entries[0].Phrase, entries[0].Category, entries[0].Suggestion));
        Assert.Equal("Почему-то так пишут", entries[1].Reason);
    }

    [Fact]
    public void A_tab_inside_a_line_does_not_switch_to_the_file_format()
    {
        var (entries, problem) = StyleWordInput.Parse("уютная\tатмосфера | штамп | было тепло");

        Assert.Null(problem);
        Assert.Single(entries);
    }

    [Theory]
    [InlineData("", "Строка пустая")]
    [InlineData("только фраза", "Нужно три части")]
    [InlineData("фраза | жаргон | замена", "Категория «жаргон» неизвестна")]
    [InlineData("фраза | штамп | замена | почему | ещё", "Нужно три части")]
    [InlineData("😀 !!! | штамп | замена", "Во фразе нет ни одного слова")]
    public void A_wrong_line_is_refused_with_a_reason(string text, string reason)
    {
        var (entries, problem) = StyleWordInput.Parse(text);

        Assert.Empty(entries);
        Assert.Contains(reason, problem);
    }

    [Fact]
    public void Overlong_parts_and_too_many_lines_are_refused_and_user_text_is_escaped()
    {
        Assert.Contains("Фраза длиннее", StyleWordInput.Parse(new string('ы', 5000) + " | штамп | x").Problem);
        Assert.Contains("Замена длиннее", StyleWordInput.Parse("фраза | штамп | " + new string('ы', 151)).Problem);
        Assert.Contains("Не больше 20 строк", StyleWordInput.Parse(string.Join('\n', Enumerable.Repeat("а | штамп | б", 21))).Problem);
        Assert.Contains("«&lt;b&gt;&amp; | x | y»", StyleWordInput.Parse("а | штамп | б\n<b>& | x | y").Problem);
    }
}
