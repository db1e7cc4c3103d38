using Microsoft.Extensions.Configuration;
using PressHelperBot.Configuration.Formats;
using PressHelperBot.Configuration.Rules;

namespace PressHelperBot.Configuration;

// Who may use the bot beyond the people it knows: the admins, and how long an invite link lets others in.
public sealed class AccessSettings
{
    public const string AdminIdsKey = "ADMIN_IDS";
    public const string InviteLifetimeDaysKey = "INVITE_LIFETIME_DAYS";

    // "123456789, 987654321" as written in .env; read through AdminIds.
    [ConfigurationKeyName(AdminIdsKey), IdList]
    public string AdminIdsText { get; set; } = "";

    [ConfigurationKeyName(InviteLifetimeDaysKey), WholeNumber(1, 365)]
    public int InviteLifetimeDays { get; set; } = 7;

    public IReadOnlySet<long> AdminIds => IdList.Parse(AdminIdsText);

    public TimeSpan InviteLifetime => TimeSpan.FromDays(InviteLifetimeDays);

    public bool IsAdmin(long userId) => AdminIds.Contains(userId);
}
