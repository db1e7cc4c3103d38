using System.Text;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace FakeTelegram.Tests;

public sealed class MediaTests
{
    [Fact]
    public async Task An_album_arrives_as_updates_sharing_one_media_group_id()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var ivan = server.CreateUser(1001, "Иван");

        await ivan.SendsAlbumAsync(3, caption: "Открытие парка");
        var updates = await Clients.For(server).GetUpdates();

        var messages = updates.Select(u => u.Message!).ToList();
        Assert.Equal(3, messages.Count);
        Assert.Single(messages.Select(m => m.MediaGroupId).Distinct());
        Assert.NotNull(messages[0].MediaGroupId);
        Assert.Equal("Открытие парка", messages[0].Caption);
        Assert.All(messages, m => Assert.Equal(3, m.Photo!.Length));
        Assert.Equal(3, messages.SelectMany(m => m.Photo!).Select(p => p.FileId).Distinct().Count() / 3);
    }

    [Fact]
    public async Task A_shuffled_album_is_queued_in_an_order_that_does_not_follow_the_message_ids()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var ivan = server.CreateUser(1001, "Иван");

        await ivan.SendsAlbumAsync(4, shuffled: true);
        var updates = await Clients.For(server).GetUpdates();

        var ids = updates.Select(u => u.Message!.Id).ToList();
        Assert.NotEqual(ids.Order().ToList(), ids);
        Assert.Equal(ids.Order().ToList(), ivan.Chat.Messages.Select(m => m.MessageId).ToList());
    }

    [Fact]
    public async Task An_uploaded_photo_is_kept_with_its_bytes_and_can_be_downloaded()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);
        var ivan = server.CreateUser(1001, "Иван");
        var bytes = Encoding.UTF8.GetBytes("not really a jpeg");

        var sent = await bot.SendPhoto(1001, InputFile.FromStream(new MemoryStream(bytes), "photo.jpg"), caption: "<i>подпись</i>", parseMode: Telegram.Bot.Types.Enums.ParseMode.Html);
        var file = await bot.GetFile(sent.Photo![^1].FileId);
        using var downloaded = new MemoryStream();
        await bot.DownloadFile(file, downloaded);

        var shown = ivan.Chat.LastBotMessage!;
        Assert.Equal("photo", shown.Kind);
        Assert.Equal("подпись", shown.Text);
        Assert.Equal(bytes, shown.FileContent);
        Assert.Equal(bytes, downloaded.ToArray());
        server.AssertNoViolations();
    }

    [Fact]
    public async Task A_document_and_a_media_group_from_the_bot_reuse_the_persons_file_ids()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);
        var ivan = server.CreateUser(1001, "Иван");
        var group = server.CreateGroup(-100500, "Координаторы");
        await ivan.SendsDocumentAsync("plan.pdf");
        await ivan.SendsAlbumAsync(2);
        var files = ivan.Chat.Messages.Select(m => m.FileId!).ToList();

        await bot.SendDocument(group.Id, files[0], caption: "План");
        var album = await bot.SendMediaGroup(group.Id, [new InputMediaPhoto(files[1]) { Caption = "Фото" }, new InputMediaPhoto(files[2])]);

        Assert.Equal(2, album.Length);
        Assert.Equal(album[0].MediaGroupId, album[1].MediaGroupId);
        Assert.Equal("plan.pdf", group.Chat.Messages[0].FileName);
        Assert.Equal(["document", "photo", "photo"], group.Chat.Messages.Select(m => m.Kind));
        server.AssertNoViolations();
    }

    [Fact]
    public async Task An_unknown_file_id_is_refused()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.CreateUser(1001, "Иван");

        await Assert.ThrowsAsync<Telegram.Bot.Exceptions.ApiRequestException>(() => Clients.For(server).SendPhoto(1001, "made-up-file-id"));

        Assert.Contains(server.Violations, v => v.Reason.Contains("wrong file identifier", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Copying_and_forwarding_a_persons_message_shows_it_in_the_other_chat()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);
        var ivan = server.CreateUser(1001, "Иван");
        var group = server.CreateGroup(-100500, "Координаторы");
        await ivan.SendsPhotoAsync(caption: "Субботник");
        var source = ivan.Chat.Messages[0];

        var copy = await bot.CopyMessage(group.Id, ivan.Id, source.MessageId);
        var forwarded = await bot.ForwardMessage(group.Id, ivan.Id, source.MessageId);

        Assert.Equal(["Субботник", "Субботник"], group.Chat.Messages.Select(m => m.Text));
        Assert.Equal(group.Chat.Messages[0].MessageId, copy.Id);
        Assert.Equal(source.FileId, group.Chat.Messages[1].FileId);
        Assert.NotNull(forwarded.ForwardOrigin);
        server.AssertNoViolations();
    }

    [Fact]
    public async Task Editing_the_media_of_a_message_replaces_its_file_and_caption()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);
        var ivan = server.CreateUser(1001, "Иван");
        await ivan.SendsPhotoAsync();
        await ivan.SendsDocumentAsync("plan.pdf");
        var photo = ivan.Chat.Messages[0].FileId!;
        var sent = await bot.SendPhoto(1001, photo, caption: "Было");

        await bot.EditMessageMedia(1001, sent.Id, new InputMediaDocument(ivan.Chat.Messages[1].FileId!) { Caption = "Стало" });

        var shown = ivan.Chat.LastBotMessage!;
        Assert.Equal("document", shown.Kind);
        Assert.Equal("Стало", shown.Text);
        Assert.Equal(1, shown.EditCount);
        Assert.Equal("member", (await bot.GetChatMember(1001, ivan.Id)).Status.ToString().ToLowerInvariant());
        server.AssertNoViolations();
    }
}
