using Microsoft.Extensions.Configuration;
using PressHelperBot.Configuration.Rules;

namespace PressHelperBot.Configuration;

// The optional Hangfire Dashboard (see Jobs/Dashboard). Off while Port is unset; then a password is
// required (DashboardPasswordValidator).
public sealed class DashboardSettings
{
    public const string PortKey = "DASHBOARD_PORT";
    public const string PasswordKey = "DASHBOARD_PASSWORD";
    public const string BindKey = "DASHBOARD_BIND";
    public const string User = "admin";
    public const int MinPasswordLength = 12;

    [ConfigurationKeyName(PortKey), WholeNumber(1, 65535, WhenRemoved = "leave it empty to keep the dashboard off")]
    public int? Port { get; set; }

    // A secret: never logged, never echoed in a configuration error.
    [ConfigurationKeyName(PasswordKey)]
    public string Password { get; set; } = "";

    // This machine only by default; 0.0.0.0 inside Docker, where the published port decides who reaches it.
    [ConfigurationKeyName(BindKey)]
    [IpAddress("set an IP address, 127.0.0.1 (this machine only, the default) or 0.0.0.0 (all interfaces, e.g. inside Docker).")]
    public string Bind { get; set; } = "127.0.0.1";

    public bool Enabled => Port is not null;

    public override string ToString() => Enabled ? $"dashboard on {Bind}:{Port}" : "dashboard off";
}
