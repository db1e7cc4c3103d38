using System.Text.Json.Nodes;
using FakeTelegram.Http;
using FakeTelegram.Validation;

namespace FakeTelegram;

// The methods the fake answers with realistic results; any other spec method that returns
// True is accepted and recorded, the rest are refused so a test notices.
internal sealed partial class BotMethods
{
    private readonly FakeTelegramServer server;
    private readonly Dictionary<string, Func<ApiCall, Task<JsonNode>>> table = new(StringComparer.OrdinalIgnoreCase);
    private readonly SchemaValidator validator;

    public BotMethods(FakeTelegramServer server)
    {
        this.server = server;
        validator = new SchemaValidator(server.Schema);
        AddPolling();
        AddMessages();
        AddMedia();
        AddCommands();
    }

    public async Task<JsonNode> InvokeAsync(ApiCall call)
    {
        if (!server.Schema.Methods.TryGetValue(call.Method, out var spec))
        {
            throw new ApiError(404, "Not Found: method not found") { Detail = $"unknown method \"{call.Method}\"" };
        }

        call.Method = spec.Name;
        var errors = validator.Check(spec, call);
        if (errors.Count > 0)
        {
            throw new ApiError(400, "Bad Request: " + errors[0]) { Detail = string.Join("; ", errors) };
        }

        LimitChecks.Check(call);
        var held = await ApplyFaultsAsync(call);
        if (table.TryGetValue(call.Method, out var handler))
        {
            var result = await handler(call);
            if (held is not null)
            {
                await HoldAsync(held);
            }

            if (server.Options.CheckOwnAnswers && validator.CheckResult(result, spec.Returns) is { Count: > 0 } problems)
            {
                server.AddViolation(call.Method, "the fake answered outside the spec: " + string.Join("; ", problems));
            }

            return result;
        }

        if (spec.Returns is ["Boolean"])
        {
            if (held is not null)
            {
                await HoldAsync(held);
            }

            return true;
        }

        throw ApiError.BadRequest($"the fake does not implement {call.Method}");
    }

    // A held answer goes out when the test releases it or the server stops; a client that gave up by then
    // never reads it.
    private async Task HoldAsync(HeldAnswer held)
    {
        try
        {
            await held.WaitAsync(server.Stopping);
        }
        catch (OperationCanceledException)
        {
        }
    }

    // Returns the hold on the answer when the test asked for one.
    private async Task<HeldAnswer?> ApplyFaultsAsync(ApiCall call)
    {
        var chatId = call.Long("chat_id");
        if (server.Faults.IsBlocked(chatId))
        {
            throw new ApiError(403, "Forbidden: bot was blocked by the user", isViolation: false);
        }

        switch (server.Faults.Take(call.Method, chatId))
        {
            case { Kind: Faults.FaultKind.Fail } fail:
                throw new ApiError(fail.StatusCode, fail.StatusCode >= 500 ? "Internal Server Error" : $"Error {fail.StatusCode}", isViolation: false);
            case { Kind: Faults.FaultKind.TooManyRequests } tooMany:
                throw TooManyRequests(tooMany.RetryAfter);
            case { Kind: Faults.FaultKind.Hang }:
                using (var both = CancellationTokenSource.CreateLinkedTokenSource(call.Aborted, server.Stopping))
                {
                    await Task.Delay(Timeout.Infinite, both.Token);
                }

                break;
        }

        if (IsSending(call.Method) && server.RateLimiter.TryTake(chatId) is { } wait)
        {
            throw TooManyRequests(wait);
        }

        return server.Faults.Take(call.Method, chatId, held: true)?.Held;
    }

    private static ApiError TooManyRequests(int seconds) =>
        new(429, $"Too Many Requests: retry after {seconds}", isViolation: false, retryAfter: seconds);

    // What Telegram counts as messages for its limits.
    private static bool IsSending(string method) =>
        (method.StartsWith("send", StringComparison.OrdinalIgnoreCase) && !string.Equals(method, "sendChatAction", StringComparison.OrdinalIgnoreCase))
        || method.StartsWith("copyMessage", StringComparison.OrdinalIgnoreCase)
        || method.StartsWith("forwardMessage", StringComparison.OrdinalIgnoreCase);

    private void Add(string method, Func<ApiCall, JsonNode> handler) => table[method] = call => Task.FromResult(handler(call));

    private void AddAsync(string method, Func<ApiCall, Task<JsonNode>> handler) => table[method] = handler;
}
