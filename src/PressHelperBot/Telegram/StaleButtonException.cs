namespace PressHelperBot.Telegram;

// A pressed button no longer fits the state (already decided, conversation moved on, forged data).
// The router answers "Кнопка устарела" and nothing changes.
public sealed class StaleButtonException() : Exception("The button does not fit the current state.");
