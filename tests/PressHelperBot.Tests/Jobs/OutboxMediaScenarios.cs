using PressHelperBot.Domain.Submissions;
using PressHelperBot.Jobs;
using PressHelperBot.Tests.Support;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Tests.Jobs;

public sealed class OutboxMediaScenarios
{
    private static readonly InlineKeyboardMarkup Decide = new(new[]
    {
        new[] { InlineKeyboardButton.WithCallbackData("✅ В план", "v1:test:ok:1"), InlineKeyboardButton.WithCallbackData("❌ Отклонить", "v1:test:no:1") },
    });

    [Fact]
    public async Task An_album_of_three_photos_arrives_as_an_album_followed_by_one_card_with_the_buttons()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var photos = await PhotosFromAPersonAsync(bot, 3);
        var maria = bot.NewPerson("Мария");

        bot.Get<IOutbox>().Send(new OutgoingMessage("card:album", maria.Id, "<b>Отдел культуры</b>\nКонцерт в субботу")
        {
            Buttons = Decide,
            Media = photos.Select(id => new OutgoingMedia(MediaKind.Photo, id)).ToList(),
        });
        await bot.OutboxIdleAsync();

        var messages = maria.Chat.Messages.Where(m => m.FromBot).ToList();
        Assert.Equal(4, messages.Count);
        Assert.All(messages.Take(3), m => Assert.Equal("photo", m.Kind));
        Assert.Single(messages.Take(3).Select(m => m.MediaGroupId).Distinct());
        Assert.Equal(photos, messages.Take(3).Select(m => m.FileId));
        Assert.Equal("Отдел культуры\nКонцерт в субботу", messages[3].Text);
        Assert.Equal(["✅ В план", "❌ Отклонить"], messages[3].ButtonLabels());
        var delivered = bot.Get<IOutbox>().Find("card:album")!;
        Assert.Equal(messages[3].MessageId, delivered.MessageId);
        Assert.Equal(messages.Take(3).Select(m => m.MessageId), delivered.MediaMessageIds);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task One_photo_carries_a_short_text_as_its_caption_and_a_long_text_follows_it()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var photo = (await PhotosFromAPersonAsync(bot, 1))[0];
        var maria = bot.NewPerson("Мария");
        var longText = string.Join("\n\n", Enumerable.Repeat("Абзац о субботнем концерте в доме культуры.", 40));

        bot.Get<IOutbox>().Send(new OutgoingMessage("card:short", maria.Id, "Концерт") { Buttons = Decide, Media = [new(MediaKind.Photo, photo)] });
        bot.Get<IOutbox>().Send(new OutgoingMessage("card:long", maria.Id, longText) { Buttons = Decide, Media = [new(MediaKind.Photo, photo)] });
        await bot.OutboxIdleAsync();

        var messages = maria.Chat.Messages.Where(m => m.FromBot).OrderBy(m => m.MessageId).ToList();
        var captioned = Assert.Single(messages, m => m.Kind == "photo" && m.Text == "Концерт");
        Assert.Equal(2, captioned.ButtonLabels().Count);
        var text = Assert.Single(messages, m => m.Kind == "text");
        Assert.Equal(longText, text.Text);
        Assert.Equal(2, text.ButtonLabels().Count);
        Assert.Equal(2, messages.Count(m => m.Kind == "photo"));

        bot.Get<IOutbox>().Edit("card:short", "Концерт\n\n✅ В плане");
        await bot.OutboxIdleAsync();
        Assert.Equal("Концерт\n\n✅ В плане", maria.Chat.Messages.Single(m => m.MessageId == captioned.MessageId).Text);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_file_made_by_the_bot_is_uploaded_with_its_caption_and_its_bytes_leave_the_database()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var maria = bot.NewPerson("Мария");
        var content = Enumerable.Range(0, 50_000).Select(i => (byte)(i % 251)).ToArray();

        bot.Get<IOutbox>().Send(new OutgoingMessage("export:1", maria.Id, "Контент-план на неделю")
        {
            File = new OutgoingFile("План 23.11–29.11.xlsx", content),
        });
        await bot.JobsIdleAsync();

        var file = Assert.Single(maria.Chat.Messages, m => m.FromBot);
        Assert.Equal("document", file.Kind);
        Assert.Equal("План 23.11–29.11.xlsx", file.FileName);
        Assert.Equal(content, file.FileContent);
        Assert.Equal("Контент-план на неделю", file.Text);
        Assert.Empty(bot.Get<PressHelperBot.Persistence.BotDatabase>().Database.FileStorage.FindAll());
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_5000_character_notification_is_split_at_a_paragraph_with_the_buttons_on_the_last_part()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var maria = bot.NewPerson("Мария");
        var paragraph = "Жители района собрались на субботник &amp; убрали <b>парк</b> у реки. " + new string('ы', 40);
        var html = string.Join("\n\n", Enumerable.Repeat(paragraph, 45));

        bot.Get<IOutbox>().Send(new OutgoingMessage("card:long-text", maria.Id, html) { Buttons = Decide });
        await bot.OutboxIdleAsync();

        var parts = maria.Chat.Messages.Where(m => m.FromBot).OrderBy(m => m.MessageId).ToList();
        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.InRange(p.Text.Length, 1, 4096));
        Assert.Empty(parts[0].InlineButtons);
        Assert.Equal(2, parts[1].ButtonLabels().Count);
        Assert.Equal(
            string.Join("\n\n", Enumerable.Repeat("Жители района собрались на субботник & убрали парк у реки. " + new string('ы', 40), 45)),
            parts[0].Text + "\n\n" + parts[1].Text);
        bot.Server.AssertNoViolations();
    }

    private static async Task<IReadOnlyList<string>> PhotosFromAPersonAsync(BotUnderTest bot, int count)
    {
        var author = bot.NewPerson("Автор");
        if (count == 1)
        {
            await author.SendsPhotoAsync();
        }
        else
        {
            await author.SendsAlbumAsync(count);
        }

        return author.Chat.Messages.Where(m => !m.FromBot && m.Kind == "photo").OrderBy(m => m.MessageId).Select(m => m.FileId!).ToList();
    }
}
