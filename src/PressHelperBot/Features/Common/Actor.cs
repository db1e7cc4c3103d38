namespace PressHelperBot.Features.Common;

// Who made a change, as the audit log and the notices name them: the name as it is at the time.
internal sealed record Actor(long Id, string Name)
{
    public static Actor Of(Telegram.BotContext context) => new(context.UserId, context.DisplayName);
}
