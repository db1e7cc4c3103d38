using System.Text.Json.Nodes;
using FakeTelegram.Http;

namespace FakeTelegram;

internal sealed partial class BotMethods
{
    private void AddPolling()
    {
        Add("getMe", _ =>
        {
            var me = server.BotJson();
            me["can_join_groups"] = true;
            me["can_read_all_group_messages"] = false;
            me["supports_inline_queries"] = false;
            me["can_connect_to_business"] = false;
            me["has_main_web_app"] = false;
            return me;
        });
        AddAsync("getUpdates", GetUpdatesAsync);
        AddWebhook();
        Add("logOut", _ => true);
        Add("close", _ => true);
    }

    private async Task<JsonNode> GetUpdatesAsync(ApiCall call)
    {
        if (server.Webhook.IsSet)
        {
            throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        }

        var limit = (int)Math.Clamp(call.Long("limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Clamp(call.Long("timeout") ?? 0, 0, server.Options.MaxPollTimeoutSeconds));
        IReadOnlySet<string>? allowed = call["allowed_updates"] is JsonArray kinds
            ? kinds.Select(k => k!.ToString()).ToHashSet(StringComparer.Ordinal)
            : null;
        using var both = CancellationTokenSource.CreateLinkedTokenSource(call.Aborted, server.Stopping);
        return await server.Updates.TakeAsync(call.Long("offset") ?? 0, limit, timeout, allowed, both.Token);
    }
}
