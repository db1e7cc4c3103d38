using PressHelperBot.Telegram;

namespace PressHelperBot.Features.History;

// «📜 История» on a coordinator's card (open or decided) and on the author's news in «Мои новости».
[Button("rv.hist")]
internal sealed record CardHistoryButton(int SubmissionId) : IButton;

[Button("my.hist")]
internal sealed record MyHistoryButton(int SubmissionId) : IButton;
