using PressHelperBot.Features.Common;

namespace PressHelperBot.Tests.Features;

public sealed class RussianTests
{
    [Theory]
    [InlineData(0, "аккаунтов")]
    [InlineData(1, "аккаунт")]
    [InlineData(2, "аккаунта")]
    [InlineData(4, "аккаунта")]
    [InlineData(5, "аккаунтов")]
    [InlineData(11, "аккаунтов")]
    [InlineData(14, "аккаунтов")]
    [InlineData(21, "аккаунт")]
    [InlineData(22, "аккаунта")]
    [InlineData(111, "аккаунтов")]
    [InlineData(1001, "аккаунт")]
    public void The_noun_after_a_number_takes_the_right_form(int n, string expected) =>
        Assert.Equal(expected, Russian.Plural(n, "аккаунт", "аккаунта", "аккаунтов"));
}
