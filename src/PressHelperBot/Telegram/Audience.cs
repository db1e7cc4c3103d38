namespace PressHelperBot.Telegram;

// Who may use a command or a button. Checked by the router on every update, from the stored role,
// never from what the button or the client claims.
[Flags]
public enum Audience
{
    None = 0,
    Guest = 1,
    Staff = 2,
    Coordinator = 4,
    Observer = 8,
    Admin = 16,
    Deciders = Coordinator | Admin,
    Registered = Staff | Coordinator | Observer | Admin,
    Everyone = Guest | Registered,
}
