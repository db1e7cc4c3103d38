namespace PressHelperBot.Configuration;

// The optional Hangfire Dashboard (see Jobs/Dashboard). Off while Port is null.
public sealed class DashboardSettings
{
    public const string PortKey = "DASHBOARD_PORT";
    public const string PasswordKey = "DASHBOARD_PASSWORD";
    public const string BindKey = "DASHBOARD_BIND";
    public const string User = "admin";
    public const int MinPasswordLength = 12;

    public int? Port { get; set; }

    // Never logged, never echoed in a configuration error.
    public string Password { get; set; } = "";

    // This machine only by default; 0.0.0.0 inside Docker, where the published port decides who reaches it.
    public string Bind { get; set; } = "127.0.0.1";

    public bool Enabled => Port is not null;

    public override string ToString() => Enabled ? $"dashboard on {Bind}:{Port}" : "dashboard off";
}
