using PressHelperBot.Telegram;

namespace PressHelperBot.Tests.Telegram;

public sealed class CallbackDataTests
{
    [Fact]
    public void Encoded_data_decodes_to_the_same_feature_action_and_arguments()
    {
        var data = CallbackData.TryDecode(CallbackData.Encode("jr", "ok", 42, -100500L))!;

        Assert.Equal("jr", data.Feature);
        Assert.Equal("ok", data.Action);
        Assert.Equal(42, data.IntArg(0));
        Assert.Equal(-100500L, data.LongArg(1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("jr:ok:42")]
    [InlineData("v0:jr:ok:42")]
    [InlineData("v1:jr")]
    [InlineData("v1::ok")]
    [InlineData("forged:data")]
    public void Data_of_another_version_or_shape_is_not_decoded(string raw)
    {
        Assert.Null(CallbackData.TryDecode(raw));
    }

    [Fact]
    public void Data_over_64_bytes_cannot_be_encoded()
    {
        Assert.Throws<ArgumentException>(() => CallbackData.Encode("dep", "open", new string('я', 30)));
    }

    [Fact]
    public void A_forged_number_argument_counts_as_a_stale_button()
    {
        var data = CallbackData.TryDecode("v1:jr:ok:abc")!;

        Assert.Throws<StaleButtonException>(() => data.IntArg(0));
        Assert.Throws<StaleButtonException>(() => data.Arg(5));
    }
}
