using PressHelperBot.Features.Review;
using PressHelperBot.Features.Submissions;
using PressHelperBot.Telegram;

namespace PressHelperBot.Tests.Telegram;

public sealed class ButtonCodecTests
{
    [Fact]
    public void A_button_comes_back_as_the_same_record()
    {
        var button = new ScheduleOnButton(1234, 3, new DateOnly(2026, 12, 31));
        var data = ButtonCodec.Encode(button);

        Assert.Equal("v2:rv.day:1234:3:20261231", data);
        Assert.Equal(button, ButtonCodec.TryDecode(data));
        Assert.Equal(new AskButton(5, 1, ReviewQuestion.Text), ButtonCodec.TryDecode(ButtonCodec.Encode(new AskButton(5, 1, ReviewQuestion.Text))));
        Assert.Equal(new MyListButton(true), ButtonCodec.TryDecode(ButtonCodec.Encode(new MyListButton(true))));
        Assert.Equal(new PendingListButton(), ButtonCodec.TryDecode("v2:pend.list"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v1:rv:a:1:1")]
    [InlineData("v2:rv.day:1:1:20260231")]
    [InlineData("v2:rv.day:1:1")]
    [InlineData("v2:rv.day:1:1:20261231:9")]
    [InlineData("v2:rv.ask:1:1:99")]
    [InlineData("v2:rv.ask:x:1:1")]
    [InlineData("v2:nobody:1")]
    [InlineData("v2:sub:0")]
    public void Anything_that_is_not_a_whole_known_button_is_no_button(string? data) => Assert.Null(ButtonCodec.TryDecode(data));

    [Fact]
    public void Every_registered_button_fits_telegrams_64_bytes_with_the_largest_numbers()
    {
        foreach (var type in ButtonCodec.ButtonTypes)
        {
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            var args = constructor.GetParameters().Select(p => Largest(p.ParameterType)).ToArray();
            var data = ButtonCodec.Encode((IButton)constructor.Invoke(args));
            Assert.True(System.Text.Encoding.UTF8.GetByteCount(data) <= 64, data);
        }
    }

    private static object? Largest(Type type) => type switch
    {
        _ when type == typeof(int) => int.MinValue,
        _ when type == typeof(long) => long.MinValue,
        _ when type == typeof(bool) => true,
        _ when type == typeof(DateOnly) => DateOnly.MaxValue,
        _ when type.IsEnum => Enum.GetValues(type).Cast<object>().Last(),
        _ when type == typeof(string) => "",
        _ => throw new InvalidOperationException($"No largest value for {type.Name}."),
    };
}
