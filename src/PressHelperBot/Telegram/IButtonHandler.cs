namespace PressHelperBot.Telegram;

// Handles the presses of one typed button (see ButtonCodec). Register with services.AddButton<TButton, THandler>().
// The router checks Audience from the stored role first; the handler checks the button against the stored
// state again (a button can be forged, or left over from an older state).
public interface IButtonHandler<in TButton>
    where TButton : IButton
{
    Audience Audience { get; }

    // Returns the short text of the callback answer, or null for none. Throw StaleButtonException when
    // the button no longer fits the state.
    Task<string?> HandleAsync(BotContext context, TButton button, CancellationToken ct);
}
