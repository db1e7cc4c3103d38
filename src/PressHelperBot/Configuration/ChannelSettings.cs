using Microsoft.Extensions.Configuration;
using PressHelperBot.Configuration.Formats;
using PressHelperBot.Configuration.Rules;

namespace PressHelperBot.Configuration;

// The organisation's Telegram channel: when set, scheduled items of the content plan are posted there on
// their day at ChannelPostTime (local). Off by default.
public sealed class ChannelSettings
{
    public const string ChannelIdKey = "CHANNEL_ID";
    public const string ChannelPostTimeKey = "CHANNEL_POST_TIME";

    [ConfigurationKeyName(ChannelIdKey)]
    [ChatId("set the numeric id of the channel (it starts with -100, e.g. -1001234567890) and make the bot an admin there that may post, or remove it to turn posting off.", GroupOrChannel = true)]
    public long? ChannelId { get; set; }

    // "10:00" as written in .env; read through ChannelPostTime.
    [ConfigurationKeyName(ChannelPostTimeKey), TimeOfDay]
    public string ChannelPostTimeText { get; set; } = "10:00";

    public TimeOnly ChannelPostTime => TimeOfDay.Parse(ChannelPostTimeText);
}
