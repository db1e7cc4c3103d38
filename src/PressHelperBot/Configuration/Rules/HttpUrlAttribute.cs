namespace PressHelperBot.Configuration.Rules;

// An absolute http:// or https:// address.
internal sealed class HttpUrlAttribute(string fix) : SettingRuleAttribute
{
    public override string? Problem(Setting setting, object value) =>
        value is string url && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            ? $"{setting.Key} '{url}' is not an http(s) URL: {fix}"
            : null;
}
