using System.Globalization;
using PressHelperBot.Configuration;
using PressHelperBot.Domain;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Common;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Registry;

// The answer to a ЦУР request, assembled from the registry as it is now: the request itself, every
// account with its contacts, logins, checklists and missing requisites (InternalRegistry), and the
// exempt organisations. The last one assembled is kept; marking the request answered keeps that one
// (assembling it first when nobody did) and, with CUR_CHAT_ID set, sends it to ЦУР.
internal sealed class AnswerCurRequest(
    CurRequestRepository requests,
    AccountRepository accounts,
    DepartmentRepository departments,
    RegistryAudit audit,
    IOutbox outbox,
    RegistrySettings settings,
    OrgCalendar calendar)
{
    public CurAnswer Assemble(CurRequest request, DateTimeOffset now)
    {
        var all = departments.All();
        var names = all.ToDictionary(d => d.Id, d => d.Name);
        var listed = accounts.All()
            .OrderBy(a => names.GetValueOrDefault(a.DepartmentId, "—"), StringComparer.CurrentCulture)
            .ThenBy(a => !a.IsActive)
            .ThenBy(a => a.Name, StringComparer.CurrentCulture)
            .ToList();
        var today = calendar.Today(now);
        Sheet[] sheets =
        [
            new Sheet("Запрос", ["Запрос ЦУР", "Что запрашивают", "Срок ответа", "Сведения на"],
                [[$"№{request.Id}", request.Subject, request.DueDate, today]], [14, 80, 14, 14]),
            new Sheet(RegistryFiles.AccountsSheet, InternalRegistry.Columns,
                [.. listed.Select(a => InternalRegistry.Cells(a, names.GetValueOrDefault(a.DepartmentId, "—")))]),
            .. RegistryFiles.ExemptSheets(RegistryFiles.ExemptRows(all)),
        ];
        var answer = new CurAnswer
        {
            RequestId = request.Id,
            FileName = string.Create(CultureInfo.InvariantCulture, $"otvet-cur-{request.Id}-{today:yyyy-MM-dd}.xlsx"),
            Content = Workbook.Build(sheets),
            MadeAt = now,
        };
        requests.SaveAnswer(answer);
        return answer;
    }

    public string? MarkSent(int requestId, long actorId, string actorName, DateTimeOffset now)
    {
        var request = requests.FindForUpdate(requestId);
        if (request is null)
        {
            return CurTexts.Gone;
        }
        var answer = requests.Answer(request.Id) ?? Assemble(request, now);
        try
        {
            request.MarkAnswered(answer.FileName, actorId, now);
        }
        catch (DomainException e)
        {
            return e.Message;
        }
        requests.Save(request);
        audit.Record(actorId, actorName, now, $"запрос ЦУР №{request.Id}", "открыт", $"ответ отправлен: {answer.FileName}");
        if (settings.CurChatId is { } cur)
        {
            outbox.Send(new OutgoingMessage($"cur:{request.Id}:answer:{cur}", cur, Telegram.Html.Text(CurTexts.SentToCur(request)))
            {
                File = new OutgoingFile(answer.FileName, answer.Content),
            });
        }
        return null;
    }
}
