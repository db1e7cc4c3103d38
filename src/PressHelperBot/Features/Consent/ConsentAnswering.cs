using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Submissions;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Consent;

// The author's «Да» / «Нет» under a consent question. The question message becomes the next question,
// and after the last one the preview follows; the message then keeps the answers for the author.
internal sealed class ConsentAnswering(
    SubmissionDraftRepository drafts,
    ConsentPrompt prompt,
    DraftFlow flow,
    IChatNotifier notifier) : IButtonHandler<ConsentAnswerButton>
{
    public Audience Audience => Audience.Staff | Audience.Coordinator | Audience.Admin;

    public async Task<string?> HandleAsync(BotContext context, ConsentAnswerButton button, CancellationToken ct)
    {
        if (context.Conversation is not { Feature: SubmitNews.Name, Step: DraftFlow.ConsentStep } state
            || drafts.Find(context.UserId) is not { } draft
            || prompt.Next(draft) is not { } expected
            || expected.Id != button.QuestionId)
        {
            throw new StaleButtonException();
        }

        draft.Answer(expected, button.Yes);
        drafts.Save(draft);
        if (await prompt.AskNextAsync(context, state, draft, inPlace: true, hint: null, ct))
        {
            return null;
        }

        // Every write of the preview step (state, the style check kept in the draft) happens in
        // ShowPreviewAsync before its first message; the question turns into the answers after it.
        var answers = draft.ConsentAnswers;
        var missing = new ConsentRecord { Answers = answers }.ConsentMissing;
        await flow.ShowPreviewAsync(context, state, draft, ct);
        if (context.CallbackMessageId is { } question)
        {
            await notifier.EditAsync(context.ChatId, question, ConsentTexts.Answered(answers, missing), null, ct);
        }

        return null;
    }
}
