using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace FakeTelegram.Tests;

// Plain HTTP for calls the typed client would never make (unknown methods, wrong types).
internal static class Raw
{
    private static readonly HttpClient Http = new();

    public static async Task<(int Status, JsonObject Body)> PostJsonAsync(FakeTelegramServer server, string method, string json, string? token = null)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync($"{server.BaseUrl}/bot{token ?? server.Token}/{method}", content);
        return ((int)response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    public static async Task<(int Status, JsonObject Body)> PostFormAsync(FakeTelegramServer server, string method, Dictionary<string, string> form)
    {
        using var content = new FormUrlEncodedContent(form);
        using var response = await Http.PostAsync($"{server.BaseUrl}/bot{server.Token}/{method}", content);
        return ((int)response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    public static async Task<(int Status, JsonObject Body)> GetAsync(FakeTelegramServer server, string methodAndQuery)
    {
        using var response = await Http.GetAsync($"{server.BaseUrl}/bot{server.Token}/{methodAndQuery}");
        return ((int)response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }
}
