using PressHelperBot.Domain.Moderation;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Moderation;

// Every button of the moderation log. The router lets in coordinators, admins and observers; the
// handlers let observers in only when they are the head (Heads), and the head's decision only to the head.

// «🛡 Модерация»: the log's front page.
[Button("md.menu")]
internal sealed record ModerationMenuButton : IButton;

[Button("md.new")]
internal sealed record RecordViolationButton : IButton;

// The known name of the author, kept as it is.
[Button("md.keep")]
internal sealed record KeepAuthorNameButton : IButton;

[Button("md.type")]
internal sealed record ViolationTypeButton(ViolationType Type) : IButton;

[Button("md.meas")]
internal sealed record MeasureButton(ModerationMeasure Measure) : IButton;

// Done with screenshots and text: the violation is recorded.
[Button("md.save")]
internal sealed record SaveViolationButton : IButton;

// 🚫 / ⚠️ on the head's card.
[Button("md.dec")]
internal sealed record HeadDecisionButton(int AuthorId, int Proposal, HeadDecision Decision) : IButton;

[Button("md.auth")]
internal sealed record OpenAuthorButton(int AuthorId) : IButton;

// «🔗 Тот же человек»: another profile link of the author, merging the author it belongs to.
[Button("md.merge")]
internal sealed record MergeAuthorButton(int AuthorId) : IButton;

[Button("md.xls")]
internal sealed record ExportModerationButton : IButton;

// Admins: who decides on blocks.
[Button("md.heads")]
internal sealed record HeadsButton : IButton;

[Button("md.head")]
internal sealed record ToggleHeadButton(long PersonId) : IButton;
