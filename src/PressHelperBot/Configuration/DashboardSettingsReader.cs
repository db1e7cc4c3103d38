using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;

namespace PressHelperBot.Configuration;

// Settings of the optional Hangfire Dashboard. The password's value never appears in a problem line.
internal static class DashboardSettingsReader
{
    public static void Read(IConfiguration config, BotSettings settings)
    {
        var dashboard = settings.Dashboard;
        var problems = settings.ReadProblems;
        if (config[DashboardSettings.BindKey]?.Trim() is { Length: > 0 } bind)
        {
            if (IPAddress.TryParse(bind, out _))
            {
                dashboard.Bind = bind;
            }
            else
            {
                problems.Add($"{DashboardSettings.BindKey} is '{bind}': set an IP address, 127.0.0.1 (this machine only, the default) or 0.0.0.0 (all interfaces, e.g. inside Docker).");
            }
        }

        var port = config[DashboardSettings.PortKey]?.Trim();
        if (string.IsNullOrEmpty(port))
        {
            return;
        }

        if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 65535)
        {
            problems.Add($"{DashboardSettings.PortKey} is '{port}': set a TCP port from 1 to 65535, e.g. 8080, or leave it empty to keep the dashboard off.");
            return;
        }

        dashboard.Port = number;
        dashboard.Password = config[DashboardSettings.PasswordKey] ?? "";
        if (dashboard.Password.Length == 0)
        {
            problems.Add($"{DashboardSettings.PasswordKey} is not set, but {DashboardSettings.PortKey} is: set a password of at least {DashboardSettings.MinPasswordLength} characters (user '{DashboardSettings.User}'), or leave {DashboardSettings.PortKey} empty to keep the dashboard off.");
        }
        else if (dashboard.Password.Length < DashboardSettings.MinPasswordLength)
        {
            problems.Add($"{DashboardSettings.PasswordKey} is too short ({dashboard.Password.Length} characters): use at least {DashboardSettings.MinPasswordLength}, e.g. from `openssl rand -base64 18`.");
        }
    }
}
