using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace PressHelperBot.Configuration;

// Settings of the coordinators' review of submissions.
internal static class ReviewSettingsReader
{
    public static void Read(IConfiguration config, BotSettings settings)
    {
        if (config[BotSettings.CoordinatorsChatIdKey]?.Trim() is { Length: > 0 } chat)
        {
            if (long.TryParse(chat, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) && id != 0)
            {
                settings.CoordinatorsChatId = id;
            }
            else
            {
                settings.ReadProblems.Add($"{BotSettings.CoordinatorsChatIdKey} is '{chat}': set the numeric id of the coordinators' group chat (a group id starts with -100), or remove it to send cards to every coordinator personally.");
            }
        }
    }
}
