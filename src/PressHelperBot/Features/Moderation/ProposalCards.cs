using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Moderation;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Moderation;

// The head's cards of a block proposal, through the outbox: the author's history with its screenshots
// and 🚫 / ⚠️; every card closes with the decision (or when the author is merged into another), so no card
// keeps buttons that no longer work.
internal sealed class ProposalCards(ModerationRepository moderation, Heads heads, OrgCalendar calendar, IOutbox outbox)
{
    // Returns the names of the people it went to.
    public IReadOnlyList<string> Send(ModerationAuthor author, BlockProposal proposal)
    {
        var violations = moderation.ViolationsOf(author.Id);
        var html = ModerationTexts.Proposal(author, violations, calendar);
        var buttons = Buttons.Column(
            ButtonCodec.Button(ModerationTexts.BlockButton, new HeadDecisionButton(author.Id, proposal.Number, HeadDecision.Block)),
            ButtonCodec.Button(ModerationTexts.WarnButton, new HeadDecisionButton(author.Id, proposal.Number, HeadDecision.WarnOnly)));

        // One album: screenshots only, as many as an album holds.
        var screenshots = violations.SelectMany(v => v.Evidence).Where(m => m.Kind == MediaKind.Photo).TakeLast(Album.MaxMedia)
            .Select(m => new OutgoingMedia(m.Kind, m.FileId)).ToList();
        var recipients = heads.Current();
        foreach (var head in recipients)
        {
            var key = $"moderation:{author.Id}:p{proposal.Number}:{head.Id}";
            moderation.Add(new HeadCard { AuthorId = author.Id, ProposalNumber = proposal.Number, ChatId = head.Id, Key = key });
            outbox.Send(new OutgoingMessage(key, head.Id, html) { Buttons = buttons, Media = screenshots });
        }

        return [.. recipients.Select(h => h.Name)];
    }

    public void CloseAll(int authorId, string outcome, string? history = null)
    {
        foreach (var card in moderation.OpenHeadCards(authorId))
        {
            if (moderation.TryClose(card))
            {
                outbox.Edit(card.Key, (history is null ? "🛡 Предложение о блокировке" : history) + "\n\n" + outcome, null);
            }
        }
    }
}
