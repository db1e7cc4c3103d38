using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Features.Submissions;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Consent;

// Asks the author the next consent question of a draft with photos or video, before the preview
// (DraftFlow.ShowPreviewAsync comes here first). Each answer is a press that matters: questions that
// no longer exist are forgotten, and the consent question comes only after a «Да».
internal sealed class ConsentPrompt(
    ConsentQuestionRepository questions,
    SubmissionDraftRepository drafts,
    ConversationStore conversations,
    IChatNotifier notifier)
{
    // True when a question was asked, so the preview waits for the answer.
    public async Task<bool> AskNextAsync(BotContext context, ConversationState state, SubmissionDraft draft, bool inPlace, string? hint, CancellationToken ct)
    {
        if (Next(draft) is not { } next)
        {
            return false;
        }

        conversations.MoveTo(state, DraftFlow.ConsentStep);
        var html = ConsentTexts.Question(next, first: draft.ConsentAnswers.Count == 0, hint);
        if (inPlace)
        {
            await notifier.ReplaceAsync(context, html, Keyboard(next), ct);
        }
        else
        {
            await notifier.SendAsync(context.ChatId, html, Keyboard(next), ct);
        }

        return true;
    }

    // The question the draft waits for, after dropping answers to questions that are gone; null when
    // the draft needs none (no photos or video) or has all its answers.
    public ConsentQuestion? Next(SubmissionDraft draft)
    {
        if (!draft.AsksConsent)
        {
            return null;
        }

        var all = questions.All();
        var before = draft.ConsentAnswers;
        draft.KeepConsentFor(all);
        if (!before.SequenceEqual(draft.ConsentAnswers))
        {
            drafts.Save(draft);
        }

        return ConsentQuestionnaire.Next(all, draft.ConsentAnswers);
    }

    private static InlineKeyboardMarkup Keyboard(ConsentQuestion question) => new(new[]
    {
        new[]
        {
            ButtonCodec.Button(ConsentTexts.Yes, new ConsentAnswerButton(question.Id, true)),
            ButtonCodec.Button(ConsentTexts.No, new ConsentAnswerButton(question.Id, false)),
        },
        new[] { CancelFeature.Button() },
    });
}
