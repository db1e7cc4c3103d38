namespace PressHelperBot.Configuration.Rules;

// The numeric id of a Telegram chat. A group's or channel's id is negative; a channel's starts with -100.
internal sealed class ChatIdAttribute(string fix) : SettingRuleAttribute
{
    // Channels (and groups) have negative ids; a positive one is a person, whom the bot cannot post for.
    public bool GroupOrChannel { get; init; }

    public override string? Problem(Setting setting, object value) =>
        value is long id && (id == 0 || (GroupOrChannel && id > 0)) ? Wrong(setting, Setting.Show(id)) : null;

    protected override string Fix(Setting setting) => fix;
}
