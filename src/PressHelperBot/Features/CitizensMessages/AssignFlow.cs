using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.CitizensMessages;

// «📤 Поручить подразделению» on a coordinators' card: the departments, then the due time (the
// default, twice or three times it), then AssignMessage. The choices open in the coordinator's own
// chat, also when the card is in the coordinators' group.
internal sealed class AssignFlow(
    CitizenMessageRepository messages,
    DepartmentRepository departments,
    MessageCards cards,
    AssignMessage assign,
    OrgCalendar calendar,
    IChatNotifier notifier)
    : IButtonHandler<AssignButton>, IButtonHandler<AssignDepartmentButton>, IButtonHandler<AssignDueButton>
{
    // Telegram shows at most 100 buttons.
    private const int MaxDepartments = 90;

    public Audience Audience => Audience.Deciders;

    public async Task<string?> HandleAsync(BotContext context, AssignButton button, CancellationToken ct)
    {
        var message = messages.Find(button.MessageId) ?? throw new StaleButtonException();
        if (Refusal(message) is { } refusal)
        {
            return refusal;
        }

        var all = departments.All();
        if (all.Count == 0)
        {
            return MessageTexts.NoDepartments;
        }

        var keyboard = Buttons.Column(all.Take(MaxDepartments)
            .Select(d => ButtonCodec.Button(d.Name, new AssignDepartmentButton(message.Id, d.Id)))
            .Append(Cancel.CancelFeature.Button()));
        if (button.InPlace)
        {
            await notifier.ReplaceAsync(context, MessageTexts.PickDepartment(message), keyboard, ct);
            return null;
        }

        return await notifier.SendAsync(context.UserId, MessageTexts.PickDepartment(message), keyboard, ct) is null ? MessageTexts.WritePrivately : null;
    }

    public async Task<string?> HandleAsync(BotContext context, AssignDepartmentButton button, CancellationToken ct)
    {
        var message = messages.Find(button.MessageId) ?? throw new StaleButtonException();
        if (Refusal(message) is { } refusal)
        {
            await notifier.ReplaceAsync(context, Html.Text(refusal), null, ct);
            return null;
        }

        if (departments.Find(button.DepartmentId) is not { } department)
        {
            return "Это подразделение удалено — выберите другое.";
        }

        var choices = Enumerable.Range(1, AssignMessage.MaxDays)
            .Select(days => ButtonCodec.Button(MessageTexts.DueChoice(assign.DueAt(context.Now, days), calendar, days == 1), new AssignDueButton(message.Id, department.Id, days)))
            .Append(ButtonCodec.Button("⬅️ Другое подразделение", new AssignButton(message.Id, InPlace: true)))
            .Append(Cancel.CancelFeature.Button());
        await notifier.ReplaceAsync(context, MessageTexts.PickDue(message, department, cards.Staff(department.Id).Count), Buttons.Column(choices), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, AssignDueButton button, CancellationToken ct)
    {
        var answer = assign.Run(button.MessageId, button.DepartmentId, button.Days, context.UserId, context.Now);
        await notifier.ReplaceAsync(context, answer, null, ct);
        return null;
    }

    private static string? Refusal(CitizenMessage message) =>
        message.Status is ReplyStatus.New or ReplyStatus.Assigned or ReplyStatus.Returned && message.Kind != MessageKind.Appeal
            ? null
            : $"Поручить нельзя: {ReplyStatuses.Russian(message.Status)}.";
}
