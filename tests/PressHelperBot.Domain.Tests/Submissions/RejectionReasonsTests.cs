using PressHelperBot.Domain.Submissions;

namespace PressHelperBot.Domain.Tests.Submissions;

public class RejectionReasonsTests
{
    [Fact]
    public void A_new_reason_is_trimmed()
    {
        Assert.Equal("Не по теме", RejectionReasons.Check("  Не по теме ", []));
    }

    [Theory]
    [InlineData("", "Причина пустая. Напишите причину одной строкой.")]
    [InlineData("две\nстроки", "Причина должна быть одной строкой.")]
    [InlineData("не по теме", "Такая причина уже есть в списке.")]
    public void Empty_multiline_and_repeated_reasons_are_refused(string text, string why)
    {
        var error = Assert.Throws<DomainException>(() => RejectionReasons.Check(text, ["Не по теме"]));

        Assert.Equal(why, error.Message);
    }

    [Fact]
    public void A_reason_too_long_for_a_button_is_refused_with_its_length()
    {
        var error = Assert.Throws<DomainException>(() => RejectionReasons.Check(new string('я', 61), []));

        Assert.Equal("Слишком длинно для кнопки (знаков: 61, можно до 60).", error.Message);
    }

    [Fact]
    public void A_full_list_takes_no_more()
    {
        var full = Enumerable.Range(1, RejectionReasons.MaxCount).Select(i => $"Причина {i}").ToList();

        Assert.Throws<DomainException>(() => RejectionReasons.Check("Ещё одна", full));
    }
}
