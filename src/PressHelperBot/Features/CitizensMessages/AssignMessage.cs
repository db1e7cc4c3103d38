using PressHelperBot.Configuration;
using PressHelperBot.Domain;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.CitizensMessages;

// A coordinator gives the message to a department with a due time (REPLY_DUE_WORKING_HOURS office
// hours, or a multiple of it), or to another one while no draft came yet. One commit: the message, the
// department's copies, the earlier department's copies closed, the coordinators' cards updated.
internal sealed class AssignMessage(
    CitizenMessageRepository messages,
    DepartmentRepository departments,
    MessageCards cards,
    CitizenMessageSettings settings,
    OrgCalendar calendar)
{
    public const int MaxDays = 3;

    public DateTimeOffset DueAt(DateTimeOffset now, int days) =>
        ReplyDeadline.DueAt(now, settings.ReplyDue * days, WorkingHours.Default, calendar);

    public string Run(int messageId, int departmentId, int days, long actorId, DateTimeOffset now)
    {
        if (days is < 1 or > MaxDays)
        {
            throw new StaleButtonException();
        }

        var message = messages.FindForUpdate(messageId) ?? throw new StaleButtonException();
        if (departments.Find(departmentId) is not { } department)
        {
            return "Это подразделение удалено — выберите другое.";
        }

        var previous = message.DepartmentId;
        try
        {
            message.Assign(departmentId, DueAt(now, days), actorId, now);
        }
        catch (DomainException e)
        {
            return e.Message;
        }

        messages.Save(message);
        if (previous is not null)
        {
            cards.CloseDepartmentCards(message, "📤 Пресс-служба поручила ответ другому подразделению — отвечать не нужно.");
        }

        var reached = cards.SendToDepartment(message, department);
        cards.RefreshCoordinatorCards(message, now);
        return MessageTexts.Assigned(message, department, calendar) +
            (reached == 0 ? $"\n⚠️ В боте нет сотрудников: {Common.Russian.UnitNoun(department.Kind, Common.Case.Nominative)} не получит сообщение — поручите другому." : "");
    }
}
