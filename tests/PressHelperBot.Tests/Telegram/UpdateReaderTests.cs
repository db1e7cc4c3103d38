using System.Text.Json;
using PressHelperBot.Telegram;

namespace PressHelperBot.Tests.Telegram;

public sealed class UpdateReaderTests
{
    // CHAT and FROM stand for a private chat and its person.
    private static JsonElement[] Batch(string json) => JsonSerializer.Deserialize<JsonElement[]>(json
        .Replace("CHAT", """{"id":1001,"type":"private","first_name":"Иван"}""", StringComparison.Ordinal)
        .Replace("FROM", """{"id":1001,"is_bot":false,"first_name":"Иван"}""", StringComparison.Ordinal))!;

    [Fact]
    public void An_update_the_library_cannot_read_is_set_apart_and_the_others_are_read()
    {
        var batch = UpdateReader.Read(Batch("""
            [
              {"update_id":10,"message":{"message_id":1,"date":1790000000,"chat":CHAT,"from":FROM,"text":"/help"}},
              {"update_id":11,"message":{"message_id":2,"date":1790000000,"chat":CHAT,"from":FROM,"text":"тайна",
                "forward_origin":{"type":"story_2099","date":1790000000}}},
              {"update_id":12,"callback_query":{"id":"12","from":FROM,"chat_instance":"4","data":"v1:help:menu"}}
            ]
            """));

        Assert.Equal([10, 12], batch.Readable.Select(u => u.Id));
        var unreadable = Assert.Single(batch.Unreadable);
        Assert.Equal(new UnreadableUpdate(11, "message", "JsonException at $.message.forward_origin", 1001, 1001), unreadable);
        Assert.Equal(13, batch.NextOffset);
    }

    [Fact]
    public void A_union_without_its_type_and_a_wrong_value_are_unreadable_too_and_the_offset_passes_them()
    {
        var batch = UpdateReader.Read(Batch("""
            [
              {"update_id":20,"message":{"message_id":1,"date":1790000000,"chat":CHAT,"forward_origin":{"date":1790000000}}},
              {"update_id":21,"message":{"message_id":"not a number","date":1790000000,"chat":CHAT}},
              {"update_id":22,"future_kind_2099":{"anything":true}}
            ]
            """));

        Assert.Equal(["KeyNotFoundException", "JsonException at $.message.message_id"], batch.Unreadable.Select(u => u.Error));
        Assert.Equal(22, Assert.Single(batch.Readable).Id);
        Assert.Equal(23, batch.NextOffset);
    }

    [Fact]
    public void An_empty_answer_leaves_the_offset_where_it_was()
    {
        var batch = UpdateReader.Read([]);

        Assert.Empty(batch.Readable);
        Assert.Empty(batch.Unreadable);
        Assert.Null(batch.NextOffset);
    }
}
