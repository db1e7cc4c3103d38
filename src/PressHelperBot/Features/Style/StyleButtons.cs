using PressHelperBot.StyleCheck;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Style;

// «🔎 Проверить текст»: InPlace from the main menu (the question takes the menu's place, «⬅️ Назад»
// leads back); not in place as «🔎 Проверить ещё» under a result, which stays in the chat.
[Button("st.ask")]
internal sealed record CheckTextButton(bool InPlace) : IButton;

// «⚙️ Настройки проверки» for coordinators and admins, and its pages. A toggle carries the state it
// sets, not "flip": two coordinators pressing the same old button both get what it said.
[Button("st.cfg")]
internal sealed record StyleSettingsButton : IButton;

[Button("st.set")]
internal sealed record SetCheckButton(FindingKind Kind, bool Enabled) : IButton;

[Button("st.words")]
internal sealed record StyleWordsButton(int Page) : IButton;

[Button("st.del")]
internal sealed record DeleteStyleWordButton(int WordId, int Page) : IButton;

[Button("st.add")]
internal sealed record AddStyleWordButton : IButton;
