namespace PressHelperBot.StyleCheck.Tests;

public class PressReleaseMarkerTests
{
    [Theory]
    [InlineData("Как сообщает пресс-служба, дорогу отремонтируют.", "сообщает пресс-служба")]
    [InlineData("Пресс-служба администрации сообщает о ремонте.", "Пресс-служба администрации сообщает")]
    [InlineData("Вчера состоялось торжественное открытие сквера.", "состоялось торжественное")]
    [InlineData("Грамоты вручили в торжественной обстановке.", "в торжественной обстановке")]
    [InlineData("В акции приняли участие представители бизнеса.", "приняли участие представители")]
    [InlineData("Почётными гостями стали ветераны.", "Почётными гостями")]
    public void Press_release_marker_is_found(string text, string fragment)
    {
        Assert.Contains(fragment, Check.Fragments(text, FindingKind.PressRelease));
    }

    [Theory]
    [InlineData("Пресс-служба открыла новую рубрику про наших соседей.")]
    [InlineData("На торжественной линейке первоклашки держали шары.")]
    [InlineData("В акции участвовали ребята из трёх школ.")]
    [InlineData("Гости привезли пироги.")]
    public void Ordinary_mentions_are_not_press_release_markers(string text)
    {
        Assert.Empty(Check.Findings(text, FindingKind.PressRelease));
    }
}
