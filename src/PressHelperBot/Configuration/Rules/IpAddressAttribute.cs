using System.Net;

namespace PressHelperBot.Configuration.Rules;

// An IP address to listen on.
internal sealed class IpAddressAttribute(string fix) : SettingRuleAttribute
{
    public override string? Problem(Setting setting, object value) =>
        value is string address && !IPAddress.TryParse(address, out _) ? $"{setting.Key} is '{address}': {fix}" : null;
}
