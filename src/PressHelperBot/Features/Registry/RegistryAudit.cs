using PressHelperBot.Domain.Audit;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Registry;

// Every change to the registry leaves an audit entry in the same unit of work as the change: who,
// when, what, before → after. Contacts stay out of it (the log is read by admins and exported).
internal sealed class RegistryAudit(AuditLog log)
{
    public void Record(long actorId, string actorName, DateTimeOffset now, string subject, string before, string after) =>
        log.Append(AuditEntry.Of(now, actorId, actorName, AuditArea.Registry, subject, before, after));

    // «ВКонтакте «Школа №2»: двухфакторная аутентификация».
    public static string Subject(Account? account, string what) =>
        account is null ? $"аккаунт: {what}" : $"{account.NetworkName} «{account.Name}»: {what}";
}
