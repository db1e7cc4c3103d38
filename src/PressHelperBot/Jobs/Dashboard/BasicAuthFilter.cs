using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Hangfire.Dashboard;

namespace PressHelperBot.Jobs.Dashboard;

// HTTP Basic authentication for the dashboard. Hangfire answers 401 when this says no; the challenge
// header makes a browser ask for the user and password. The header and the password are never logged.
internal sealed class BasicAuthFilter(string user, string password) : IDashboardAuthorizationFilter
{
    private readonly byte[] expected = Digest($"{user}:{password}");

    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (IsExpected(http.Request.Headers.Authorization.ToString()))
        {
            return true;
        }

        http.Response.Headers.WWWAuthenticate = "Basic realm=\"PressHelperBot\", charset=\"UTF-8\"";
        return false;
    }

    // Both sides are hashed first, so the comparison takes the same time whatever the length or the
    // first differing character of what was sent.
    private bool IsExpected(string header)
    {
        if (!AuthenticationHeaderValue.TryParse(header, out var value)
            || !string.Equals(value.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || value.Parameter is null)
        {
            return false;
        }

        string sent;
        try
        {
            sent = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter));
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Digest(sent), expected);
    }

    private static byte[] Digest(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
