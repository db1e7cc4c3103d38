using LiteDB;

namespace PressHelperBot.Persistence;

public sealed class ConversationStore(BotDatabase db, TimeProvider time)
{
    private readonly ILiteCollection<ConversationState> states = db.Collection<ConversationState>("conversations");

    public ConversationState? Find(long userId) => states.FindById(userId);

    public ConversationState Begin(long userId, string feature, string step, Dictionary<string, string>? values = null)
    {
        var state = new ConversationState
        {
            UserId = userId,
            Feature = feature,
            Step = step,
            Values = values ?? [],
            UpdatedAt = time.GetUtcNow(),
        };
        states.Upsert(state);
        return state;
    }

    public void MoveTo(ConversationState state, string step)
    {
        state.Step = step;
        state.UpdatedAt = time.GetUtcNow();
        states.Upsert(state);
    }

    public bool End(long userId) => states.Delete(userId);
}
