using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Consent;

// The author's «Да» / «Нет» to one consent question of their draft; checked against the question
// the draft waits for, so an old or forged press changes nothing.
[Button("cq.ans")]
internal sealed record ConsentAnswerButton(int QuestionId, bool Yes) : IButton;

// Coordinators keep the questions: the list, one question, rewording, deleting, adding.
[Button("cq")]
internal sealed record ConsentQuestionsButton : IButton;

[Button("cq.open")]
internal sealed record OpenConsentQuestionButton(int QuestionId) : IButton;

[Button("cq.ren")]
internal sealed record RewordConsentQuestionButton(int QuestionId) : IButton;

[Button("cq.del")]
internal sealed record DeleteConsentQuestionButton(int QuestionId) : IButton;

[Button("cq.add")]
internal sealed record AddConsentQuestionButton : IButton;
