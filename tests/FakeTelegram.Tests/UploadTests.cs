using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace FakeTelegram.Tests;

public sealed class UploadTests
{
    [Fact]
    public async Task An_album_uploaded_as_attach_parts_keeps_each_files_bytes()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var group = server.CreateGroup(-100500, "Координаторы");
        var first = Encoding.UTF8.GetBytes("first");
        var second = Encoding.UTF8.GetBytes("second");

        await Clients.For(server).SendMediaGroup(group.Id,
        [
            new InputMediaPhoto(InputFile.FromStream(new MemoryStream(first), "a.jpg")) { Caption = "Альбом" },
            new InputMediaDocument(InputFile.FromStream(new MemoryStream(second), "b.pdf")),
        ]);

        Assert.Equal([first, second], group.Chat.Messages.Select(m => m.FileContent!));
        Assert.Equal("Альбом", group.Chat.Messages[0].Text);
        server.AssertNoViolations();
    }

    [Fact]
    public async Task A_file_part_named_like_its_parameter_is_a_direct_upload()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var ivan = server.CreateUser(1001, "Иван");
        using var form = new MultipartFormDataContent
        {
            { new StringContent("1001"), "chat_id" },
            { new StringContent("Отчёт"), "caption" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("report"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "document", "report.pdf");

        using var http = new HttpClient();
        using var response = await http.PostAsync($"{server.BaseUrl}/bot{server.Token}/sendDocument", form);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.True((bool)body["ok"]!);
        Assert.Equal("report.pdf", (string?)body["result"]!["document"]!["file_name"]);
        Assert.Equal("report.pdf", ivan.Chat.LastBotMessage!.FileName);
        Assert.Equal("Отчёт", ivan.Chat.LastBotMessage.Text);
        server.AssertNoViolations();
    }
}
