namespace FakeTelegram;

public sealed record CallbackAnswer(string CallbackQueryId, string Text, bool ShowAlert, string? Url);

public sealed record BotCommandInfo(string Command, string Description);

public sealed partial class FakeTelegramServer
{
    private readonly Dictionary<string, CallbackAnswer> callbackAnswers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<BotCommandInfo>> commands = new(StringComparer.Ordinal);

    // What setMyCommands set for the chat: scope chat first, then the default scope.
    public IReadOnlyList<BotCommandInfo> CommandsFor(long chatId, string languageCode = "")
    {
        lock (commands)
        {
            var chatType = FindChat(chatId)?.Type ?? (chatId > 0 ? "private" : "group");
            string[] keys = chatType == "private"
                ? [$"chat:{chatId}", "all_private_chats", "default"]
                : [$"chat:{chatId}", "all_group_chats", "default"];
            foreach (var key in keys)
            {
                if (commands.TryGetValue(key + "|" + languageCode, out var list) || commands.TryGetValue(key + "|", out list))
                {
                    return list;
                }
            }

            return [];
        }
    }

    public CallbackAnswer? CallbackAnswer(string callbackQueryId)
    {
        lock (callbackAnswers)
        {
            return callbackAnswers.GetValueOrDefault(callbackQueryId);
        }
    }

    internal void SetCallbackAnswer(CallbackAnswer answer)
    {
        lock (callbackAnswers)
        {
            callbackAnswers[answer.CallbackQueryId] = answer;
        }
    }

    internal bool HasCallbackAnswer(string id)
    {
        lock (callbackAnswers)
        {
            return callbackAnswers.ContainsKey(id);
        }
    }

    internal IReadOnlyList<BotCommandInfo> GetCommands(string scopeKey)
    {
        lock (commands)
        {
            return commands.GetValueOrDefault(scopeKey) ?? [];
        }
    }

    internal void SetCommands(string scopeKey, IReadOnlyList<BotCommandInfo>? list)
    {
        lock (commands)
        {
            if (list is null)
            {
                commands.Remove(scopeKey);
            }
            else
            {
                commands[scopeKey] = list;
            }
        }
    }
}
