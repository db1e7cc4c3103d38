using PressHelperBot.Domain.Publications;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Publications;

// "🏷 Формат: …" under a reported publication: the reporter or the press service picks the format of
// the story, and every publication of it (and its plan item) takes it.
internal sealed class FormatChoice(PublicationRepository publications, SubmissionRepository submissions, IChatNotifier notifier)
    : IButtonHandler<FormatMenuButton>, IButtonHandler<SetFormatButton>
{
    public Audience Audience => Audience.Staff | Audience.Coordinator | Audience.Admin;

    public async Task<string?> HandleAsync(BotContext context, FormatMenuButton button, CancellationToken ct)
    {
        var publication = Allowed(context, button.PublicationId);
        var rows = PublicationFormats.All
            .Select(format => ButtonCodec.Button((format == publication.Format ? "✅ " : "") + PublicationFormats.Russian(format), new SetFormatButton(publication.Id, format)))
            .Chunk(3)
            .ToList();
        await notifier.ReplaceAsync(context, PublicationTexts.PickFormat, new InlineKeyboardMarkup(rows), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, SetFormatButton button, CancellationToken ct)
    {
        var publication = Allowed(context, button.PublicationId);
        foreach (var sibling in publications.OfStory(publication.Story))
        {
            sibling.ChangeFormat(button.Format);
            publications.Save(sibling);
        }
        if (publication.SubmissionId is { } id && submissions.FindForUpdate(id) is { } item)
        {
            // The reporter was authorised for the item's publication above; the format follows it.
            item.SetFormat(context.UserId, byCoordinator: true, button.Format);
            submissions.Save(item);
        }
        await notifier.ReplaceAsync(context, "✅ " + PublicationTexts.FormatChanged(button.Format), null, ct);
        return PublicationTexts.FormatChanged(button.Format);
    }

    private Publication Allowed(BotContext context, int publicationId)
    {
        var publication = publications.Find(publicationId) ?? throw new StaleButtonException();
        return PublicationAccess.MayChange(context.Person, publication) ? publication : throw new StaleButtonException();
    }
}
