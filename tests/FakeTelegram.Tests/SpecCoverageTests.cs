using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using FakeTelegram.Validation;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests.Abstractions;

namespace FakeTelegram.Tests;

public sealed class SpecCoverageTests
{
    [Fact]
    public async Task A_spec_method_that_returns_true_is_accepted_and_recorded()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.CreateUser(1001, "Иван");

        await Clients.For(server).PinChatMessage(1001, 1);

        Assert.Equal(200, Assert.Single(server.CallsTo("pinChatMessage")).StatusCode);
        server.AssertNoViolations();
    }

    [Fact]
    public async Task A_spec_method_the_fake_cannot_answer_is_refused_so_the_test_notices()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.CreateUser(1001, "Иван");

        await Assert.ThrowsAsync<ApiRequestException>(() => Clients.For(server).SendPoll(1001, "Когда?", ["Сегодня", "Завтра"]));

        Assert.Contains(server.Violations, v => v.Reason == "Bad Request: the fake does not implement sendPoll");
    }

    [Fact]
    public async Task Bot_API_10_3_methods_and_parameters_are_checked_like_the_others()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.CreateUser(1001, "Иван");
        server.CreateGroup(-100500, "Координаторы");

        var (deleted, _) = await Raw.PostJsonAsync(server, "deleteEphemeralMessage", """{"chat_id":-100500,"receiver_user_id":1001,"ephemeral_message_id":5}""");
        var (ephemeral, _) = await Raw.PostJsonAsync(server, "sendMessage", """{"chat_id":-100500,"text":"x","ephemeral_message_parameters":{"receiver_user_id":1001}}""");
        server.AssertNoViolations();
        var (noReceiver, noReceiverBody) = await Raw.PostJsonAsync(server, "sendMessage", """{"chat_id":-100500,"text":"x","ephemeral_message_parameters":{}}""");
        var (replaced, replacedBody) = await Raw.PostJsonAsync(server, "sendMessage", """{"chat_id":-100500,"text":"x","receiver_user_id":1001}""");

        Assert.Equal(200, deleted);
        Assert.Equal(200, ephemeral);
        Assert.Equal(400, noReceiver);
        Assert.Contains("ephemeral_message_parameters.receiver_user_id", (string?)noReceiverBody["description"], StringComparison.Ordinal);
        // Bot API 10.2 had receiver_user_id on the send methods; 10.3 moved it into ephemeral_message_parameters.
        Assert.Equal(400, replaced);
        Assert.Equal("Bad Request: unknown parameter \"receiver_user_id\"", (string?)replacedBody["description"]);
    }

    // The description must cover what the referenced client can send: every request class of Telegram.Bot,
    // every parameter of it, and every field of the objects it sends that the description names.
    [Fact]
    public void Every_request_and_parameter_the_client_can_send_is_in_the_description()
    {
        var schema = ApiSchema.Embedded;
        var exported = typeof(TelegramBotClient).Assembly.GetExportedTypes();
        var requests = exported.Where(t => !t.IsAbstract && IsRequest(t) && t.GetConstructor(Type.EmptyTypes) is not null).ToList();
        var missing = new List<string>();

        foreach (var type in requests)
        {
            var method = (string)type.GetProperty("MethodName")!.GetValue(Activator.CreateInstance(type))!;
            if (!schema.Methods.TryGetValue(method, out var spec))
            {
                missing.Add($"method {method} ({type.Name})");
                continue;
            }

            missing.AddRange(JsonNames(type).Where(name => !spec.Fields.ContainsKey(name)).Select(name => $"parameter {method}.{name}"));
        }

        var objects = exported.Where(t => t is { IsClass: true, IsAbstract: false } && t.Namespace?.StartsWith("Telegram.Bot.Types", StringComparison.Ordinal) == true).ToList();
        foreach (var type in objects.Where(t => schema.Types.ContainsKey(t.Name)))
        {
            var spec = schema.Types[type.Name];
            missing.AddRange(JsonNames(type).Where(name => !spec.Fields.ContainsKey(name)).Select(name => $"field {type.Name}.{name}"));
        }

        Assert.True(requests.Count > 150, $"only {requests.Count} request classes found");
        Assert.True(objects.Count(t => schema.Types.ContainsKey(t.Name)) > 250, "too few object classes matched the description");
        Assert.True(missing.Count == 0, "Telegram.Bot can send what BotApi/api.json does not describe:\n" + string.Join("\n", missing));
    }

    private static bool IsRequest(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>));

    // The JSON names Telegram.Bot writes: [JsonPropertyName] or its snake_case naming policy; ignored and
    // obsolete convenience properties (Poll.CorrectOptionId over correct_option_ids) are not sent.
    private static IEnumerable<string> JsonNames(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always })
            .Where(p => p.GetCustomAttribute<ObsoleteAttribute>() is null && p.GetIndexParameters().Length == 0)
            .Where(p => p.SetMethod is { IsPublic: true } || p.GetCustomAttribute<JsonIncludeAttribute>() is not null)
            .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name));

    [Fact]
    public async Task Writing_to_a_chat_the_test_never_created_is_chat_not_found()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Clients.For(server).SendMessage(4242, "Привет"));

        Assert.Equal("Bad Request: chat not found", error.Message);
        Assert.Single(server.Violations);
    }

    [Fact]
    public async Task While_a_webhook_is_set_polling_is_a_conflict()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);

        await bot.SetWebhook("https://example.org/hook");
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.GetUpdates());
        await bot.DeleteWebhook();
        await bot.GetUpdates();

        Assert.Equal(409, error.ErrorCode);
        Assert.Equal("", (await bot.GetWebhookInfo()).Url);
    }
}
