using System.Globalization;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Registry;

// "📄 Освобождённые организации" for coordinators and admins: the subordinate organisations, each
// with its state; exempting asks for the document and its date (ExemptionConversation).
internal sealed class ExemptionsMenu(
    DepartmentRepository departments,
    PeopleRepository people,
    ExemptOrganisation exemptions,
    ConversationStore conversations,
    IChatNotifier notifier)
    : IButtonHandler<ExemptionsButton>, IButtonHandler<ExemptionCardButton>, IButtonHandler<ExemptButton>, IButtonHandler<EndExemptionButton>
{
    public const string Name = "regx";
    public const string DepartmentKey = "dep";
    public const string DocumentKey = "doc";
    public const string DocumentStep = "doc";
    public const string DateStep = "date";

    public Audience Audience => Audience.Deciders;

    public async Task<string?> HandleAsync(BotContext context, ExemptionsButton button, CancellationToken ct)
    {
        var organisations = departments.All().Where(d => d.Kind == DepartmentKind.SubordinateOrganisation).ToList();
        var keyboard = Telegram.Buttons.Column(organisations
            .Select(d => ButtonCodec.Button(Short(ExemptionTexts.ListButton(d)), new ExemptionCardButton(d.Id)))
            .Append(RegistryMenu.HomeButton()));
        await notifier.ReplaceAsync(context, organisations.Count == 0 ? ExemptionTexts.NoOrganisations : ExemptionTexts.List, keyboard, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, ExemptionCardButton button, CancellationToken ct)
    {
        await ShowAsync(context, Organisation(button.DepartmentId), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, ExemptButton button, CancellationToken ct)
    {
        var organisation = Organisation(button.DepartmentId);
        if (organisation.IsExempt)
        {
            throw new StaleButtonException();
        }
        conversations.Begin(context.UserId, Name, DocumentStep, new() { [DepartmentKey] = organisation.Id.ToString(CultureInfo.InvariantCulture) });
        await notifier.SendAsync(context.ChatId, ExemptionTexts.AskDocument, Telegram.Buttons.Column(CancelFeature.Button()), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, EndExemptionButton button, CancellationToken ct)
    {
        var problem = exemptions.End(Organisation(button.DepartmentId).Id, context.UserId, context.DisplayName, context.Now);
        var organisation = Organisation(button.DepartmentId);
        await ShowAsync(context, organisation, ct);
        return problem ?? "Освобождение снято";
    }

    public async Task ShowAsync(BotContext context, Department organisation, CancellationToken ct)
    {
        var recordedBy = organisation.Exemption is { } exemption ? people.Find(exemption.RecordedById)?.Name : null;
        var keyboard = Telegram.Buttons.Column(
            organisation.IsExempt
                ? ButtonCodec.Button(ExemptionTexts.EndButton, new EndExemptionButton(organisation.Id))
                : ButtonCodec.Button(ExemptionTexts.ExemptButton, new ExemptButton(organisation.Id)),
            ButtonCodec.Button(RegistryTexts.BackButton, new ExemptionsButton()));
        if (context.Callback is null)
        {
            await notifier.SendAsync(context.ChatId, ExemptionTexts.Card(organisation, recordedBy), keyboard, ct);
        }
        else
        {
            await notifier.ReplaceAsync(context, ExemptionTexts.Card(organisation, recordedBy), keyboard, ct);
        }
    }

    private Department Organisation(int id) =>
        departments.Find(id) is { Kind: DepartmentKind.SubordinateOrganisation } organisation ? organisation : throw new StaleButtonException();

    private static string Short(string label) => label.Length <= 48 ? label : label[..47] + "…";
}
