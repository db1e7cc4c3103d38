namespace FakeTelegram.Tests;

public sealed class SchemaValidationTests
{
    [Fact]
    public async Task The_fake_checks_against_the_Bot_API_its_client_speaks_without_any_file_outside_the_repository()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);

        Assert.Equal("Bot API 10.3", server.BotApiVersion);
    }

    [Fact]
    public async Task A_missing_description_file_stops_the_fake_instead_of_running_unchecked()
    {
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() =>
            FakeTelegramServer.StartAsync(new FakeTelegramOptions { ApiJsonPath = "/nonexistent/api.json" }));

        Assert.Contains("/nonexistent/api.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_method_is_answered_404_and_recorded()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);

        var (status, body) = await Raw.PostJsonAsync(server, "sendMesage", """{"chat_id":1,"text":"x"}""");

        Assert.Equal(404, status);
        Assert.Equal("Not Found: method not found", (string?)body["description"]);
        Assert.Contains(server.Violations, v => v.Method == "sendMesage" && v.Reason.Contains("unknown method", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_parameter_is_refused_and_recorded()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.CreateUser(1001, "Иван");

        var (status, body) = await Raw.PostJsonAsync(server, "sendMessage", """{"chat_id":1001,"text":"x","parse_mod":"HTML"}""");

        Assert.Equal(400, status);
        Assert.Contains(server.Violations, v => v.Reason.Contains("unknown parameter \"parse_mod\"", StringComparison.Ordinal));
        Assert.False((bool)body["ok"]!);
    }

    [Fact]
    public async Task A_missing_required_parameter_is_refused_with_telegrams_wording()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);

        var (status, body) = await Raw.PostJsonAsync(server, "sendMessage", """{"text":"x"}""");

        Assert.Equal(400, status);
        Assert.Equal("Bad Request: chat_id is empty", (string?)body["description"]);
        Assert.Contains(server.Violations, v => v.Method == "sendMessage");
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_refused()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.CreateUser(1001, "Иван");

        var (status, _) = await Raw.PostJsonAsync(server, "sendMessage", """{"chat_id":1001,"text":"x","disable_notification":"yes"}""");

        Assert.Equal(400, status);
        Assert.Contains(server.Violations, v => v.Reason.Contains("disable_notification\" must be of type Boolean", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nested_objects_are_checked_field_by_field()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.CreateUser(1001, "Иван");
        const string markup = """{"inline_keyboard":[[{"text":"Да","callback_data":"y","colour":"red"}]]}""";

        var (status, _) = await Raw.PostJsonAsync(server, "sendMessage", $$"""{"chat_id":1001,"text":"x","reply_markup":{{markup}}}""");

        Assert.Equal(400, status);
        Assert.Contains(server.Violations, v => v.Reason.Contains("reply_markup.inline_keyboard[0][0].colour", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Union_members_are_chosen_by_their_type_field()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.CreateUser(1001, "Иван");

        var (good, _) = await Raw.PostJsonAsync(server, "setMyCommands", """{"commands":[{"command":"start","description":"Начать"}],"scope":{"type":"chat","chat_id":1001}}""");
        var (bad, _) = await Raw.PostJsonAsync(server, "setMyCommands", """{"commands":[{"command":"start","description":"Начать"}],"scope":{"type":"chat"}}""");

        Assert.Equal(200, good);
        Assert.Equal(400, bad);
        Assert.Single(server.Violations);
    }

    [Fact]
    public async Task Rich_text_may_be_a_plain_string_and_rich_blocks_are_chosen_by_their_type()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.CreateGroup(-100500, "Координаторы");
        const string head = """{"chat_id":-100500,"receiver_user_id":1001,"ephemeral_message_id":5,"rich_message":{"blocks":[""";

        var (plain, _) = await Raw.PostJsonAsync(server, "editEphemeralMessageText", head + """{"type":"paragraph","text":"Привет"}]}}""");
        var (nested, _) = await Raw.PostJsonAsync(server, "editEphemeralMessageText", head + """{"type":"paragraph","text":["При",{"type":"bold","text":"вет"}]}]}}""");
        server.AssertNoViolations();
        var (number, _) = await Raw.PostJsonAsync(server, "editEphemeralMessageText", head + """{"type":"paragraph","text":5}]}}""");
        var (misspelt, misspeltBody) = await Raw.PostJsonAsync(server, "editEphemeralMessageText", head + """{"type":"heading","text":"Итоги","level":2}]}}""");

        Assert.Equal(200, plain);
        Assert.Equal(200, nested);
        Assert.Equal(400, number);
        Assert.Equal(400, misspelt);
        Assert.Contains("in InputRichBlockSectionHeading", (string?)misspeltBody["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_and_query_values_are_read_as_their_declared_types()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.CreateUser(1001, "Иван");

        var (form, _) = await Raw.PostFormAsync(server, "SENDMESSAGE", new() { ["chat_id"] = "1001", ["text"] = "из формы", ["disable_notification"] = "true" });
        var (query, _) = await Raw.GetAsync(server, "sendMessage?chat_id=1001&text=from+query");

        Assert.Equal(200, form);
        Assert.Equal(200, query);
        Assert.Equal(["из формы", "from query"], server.FindUser(1001)!.Chat.Messages.Select(m => m.Text));
        server.AssertNoViolations();
    }

    [Fact]
    public async Task A_wrong_token_is_unauthorized()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);

        var (status, body) = await Raw.PostJsonAsync(server, "getMe", "{}", token: "123:wrong");

        Assert.Equal(401, status);
        Assert.Equal("Unauthorized", (string?)body["description"]);
    }
}
