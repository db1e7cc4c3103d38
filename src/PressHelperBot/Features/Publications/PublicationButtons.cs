using PressHelperBot.Domain.Publications;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Publications;

// "📣 Мы опубликовали" and what follows it. Every press is checked again against the stored person,
// plan item and publication: a press on someone else's item or a forged id changes nothing.
[Button("pub.new")]
internal sealed record ReportButton : IButton;

// "✅ Опубликовано" on a plan item (its card or the list of "📣 Мы опубликовали").
[Button("pub.item")]
internal sealed record ReportItemButton(int SubmissionId) : IButton;

[Button("pub.news")]
internal sealed record ReportNewsButton : IButton;

// The answer to "в каком аккаунте этот пост?" for the link waiting in the conversation.
[Button("pub.acc")]
internal sealed record PickAccountButton(int AccountId) : IButton;

[Button("pub.none")]
internal sealed record NoneOfTheseButton : IButton;

[Button("pub.done")]
internal sealed record ReportDoneButton : IButton;

[Button("pub.fmt")]
internal sealed record FormatMenuButton(int PublicationId) : IButton;

[Button("pub.fset")]
internal sealed record SetFormatButton(int PublicationId, PublicationFormat Format) : IButton;
