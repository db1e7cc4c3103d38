using Microsoft.Extensions.Time.Testing;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace PressHelperBot.Tests.Persistence;

public sealed class UpdateInboxTests
{
    private static Update TextUpdate(int id) => new()
    {
        Id = id,
        Message = new Message { Id = id, Text = $"сообщение {id}", Chat = new Chat { Id = 1001, Type = ChatType.Private }, Date = DateTime.UtcNow },
    };

    [Fact]
    public void An_update_is_accepted_once_also_after_a_restart()
    {
        using var temp = new TempDatabase();
        var clock = new FakeTimeProvider();
        using (var db = temp.Open())
        {
            var inbox = new UpdateInbox(db, clock);
            Assert.True(inbox.TryAccept(TextUpdate(10)));
            Assert.False(inbox.TryAccept(TextUpdate(10)));
            inbox.MarkHandled(10);
        }

        using var reopened = temp.Open();
        Assert.False(new UpdateInbox(reopened, clock).TryAccept(TextUpdate(10)));
    }

    [Fact]
    public void An_update_accepted_but_not_handled_before_a_crash_is_handed_out_after_the_start()
    {
        using var temp = new TempDatabase();
        var clock = new FakeTimeProvider();
        using (var db = temp.Open())
        {
            var inbox = new UpdateInbox(db, clock);
            inbox.TryAccept(TextUpdate(10));
            inbox.TryAccept(TextUpdate(11));
            inbox.MarkHandled(10);
        }

        using var reopened = temp.Open();
        var left = Assert.Single(new UpdateInbox(reopened, clock).Unhandled());
        Assert.Equal(11, left.Id);
        Assert.Equal("сообщение 11", left.Message!.Text);
    }

    [Fact]
    public void A_batch_yields_only_the_updates_not_seen_before_each_once()
    {
        using var temp = new TempDatabase();
        using var db = temp.Open();
        var inbox = new UpdateInbox(db, new FakeTimeProvider());
        inbox.TryAccept(TextUpdate(10));

        var fresh = inbox.AcceptNew([TextUpdate(10), TextUpdate(11), TextUpdate(11), TextUpdate(12)]);

        Assert.Equal([11, 12], fresh.Select(u => u.Id));
        Assert.Empty(inbox.AcceptNew([TextUpdate(11), TextUpdate(12)]));
    }

    [Fact]
    public void Only_the_newest_handled_ids_are_kept()
    {
        using var temp = new TempDatabase();
        using var db = temp.Open();
        var inbox = new UpdateInbox(db, new FakeTimeProvider(), handledKept: 30);
        var last = 50;
        for (var id = 1; id <= last; id++)
        {
            inbox.TryAccept(TextUpdate(id));
            inbox.MarkHandled(id);
        }

        inbox.Trim();

        Assert.True(inbox.TryAccept(TextUpdate(1)));
        Assert.False(inbox.TryAccept(TextUpdate(last)));
    }

    [Fact]
    public void A_message_with_a_password_is_stored_redacted_in_its_text_its_caption_and_what_it_replies_to()
    {
        using var temp = new TempDatabase();
        var clock = new FakeTimeProvider();
        var withText = TextUpdate(20);
        withText.Message!.Text = "Доступ к аккаунту: press_admin / Acc3ss!20";
        withText.Message.Entities = [new MessageEntity { Type = MessageEntityType.Code, Offset = 30, Length = 10 }];
        var withCaption = TextUpdate(21);
        withCaption.Message!.Text = null;
        withCaption.Message.Caption = "Пароль от ВК: Capti0n_21";
        var replying = TextUpdate(22);
        replying.Message!.ReplyToMessage = new Message { Id = 20, Text = "press_admin:Repl1ed_22", Chat = replying.Message.Chat, Date = DateTime.UtcNow };
        using (var db = temp.Open())
        {
            new UpdateInbox(db, clock).AcceptNew([withText, withCaption, replying, TextUpdate(23)]);
        }

        using (var reopened = temp.Open())
        {
            var left = new UpdateInbox(reopened, clock).Unhandled();
            Assert.Equal(CredentialDetector.Redacted, left[0].Message!.Text);
            Assert.Null(left[0].Message!.Entities);
            Assert.Equal(CredentialDetector.Redacted, left[1].Message!.Caption);
            Assert.Equal("сообщение 22", left[2].Message!.Text);
            Assert.Equal(CredentialDetector.Redacted, left[2].Message!.ReplyToMessage!.Text);
            Assert.Equal("сообщение 23", left[3].Message!.Text);
        }

        var bytes = Directory.GetFiles(temp.Folder, "*", SearchOption.AllDirectories).SelectMany(File.ReadAllBytes).ToArray();
        foreach (var secret in new[] { "Acc3ss!20", "Capti0n_21", "Repl1ed_22" })
        {
            Assert.True(bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(secret)) < 0, secret);
        }
    }
}
