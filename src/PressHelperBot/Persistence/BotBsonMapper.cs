using LiteDB;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Moderation;
using PressHelperBot.Domain.Onboarding;
using PressHelperBot.Domain.People;
using PressHelperBot.Domain.Publications;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Submissions;

namespace PressHelperBot.Persistence;

// Our own mapper rather than BsonMapper.Global, so another library in the process (the Hangfire
// storage) cannot change how our documents are written.
internal static class BotBsonMapper
{
    public static BsonMapper Create()
    {
        var mapper = new BsonMapper
        {
            EnumAsInteger = false,
            // A conditional replace (LiteCollectionExtensions.TryReplace) sets every field, so a field
            // that became null must be written as null instead of being left out.
            SerializeNullValues = true,
        };

        // LiteDB stores DateTime only; we keep instants as UTC and read them back as UTC.
        mapper.RegisterType<DateTimeOffset>(
            value => new BsonValue(value.UtcDateTime),
            bson => new DateTimeOffset(DateTime.SpecifyKind(bson.AsDateTime.ToUniversalTime(), DateTimeKind.Utc)));

        // A local calendar day, as sortable text.
        mapper.RegisterType<DateOnly>(
            value => new BsonValue(value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            bson => DateOnly.ParseExact(bson.AsString, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        mapper.Entity<Person>().Id(p => p.Id, autoId: false);
        mapper.Entity<Department>().Id(d => d.Id, autoId: true).Ignore(d => d.IsExempt);
        mapper.Entity<Invite>().Id(i => i.Code, autoId: false);
        mapper.Entity<JoinRequest>().Id(r => r.Id, autoId: true).Ignore(r => r.IsPending);
        mapper.Entity<Submission>().Id(s => s.Id, autoId: true)
            .Ignore(s => s.CurrentVersion).Ignore(s => s.CurrentText).Ignore(s => s.LastDecision).Ignore(s => s.PendingSince)
            .Ignore(s => s.StyleScore).Ignore(s => s.CurrentConsent).Ignore(s => s.EffectiveFormat);
        mapper.Entity<SubmissionDraft>().Id(d => d.AuthorId, autoId: false).Ignore(d => d.AsksConsent).Ignore(d => d.EffectiveFormat);
        mapper.Entity<ConsentRecord>().Ignore(r => r.ConsentNeeded).Ignore(r => r.ConsentMissing);
        mapper.Entity<ConversationState>().Id(c => c.UserId, autoId: false);
        mapper.Entity<ReceivedUpdate>().Id(u => u.UpdateId, autoId: false);
        mapper.Entity<Account>().Id(a => a.Id, autoId: true).Ignore(a => a.IsActive).Ignore(a => a.NetworkName);
        mapper.Entity<RegistryTask>().Id(t => t.Id, autoId: true).Ignore(t => t.IsClosed);
        mapper.Entity<PageRequisites>().Ignore(r => r.Gaps).Ignore(r => r.IsComplete).Ignore(r => r.DoneCount);
        mapper.Entity<AccountAccess>().Ignore(a => a.IsRecorded);
        mapper.Entity<CurRequest>().Id(r => r.Id, autoId: true).Ignore(r => r.IsOpen);
        mapper.Entity<GospublikiItem>().Id(i => i.Id, autoId: true).Ignore(i => i.IsConfirmed);
        mapper.Entity<Publication>().Id(p => p.Id, autoId: true);
        mapper.Entity<WeekAgreement>().Id(a => a.Id, autoId: false).Ignore(a => a.Week);
        mapper.Entity<CitizenMessage>().Id(m => m.Id, autoId: true)
            .Ignore(m => m.CurrentAssignment).Ignore(m => m.CurrentDraft).Ignore(m => m.DepartmentId).Ignore(m => m.LastDepartmentId)
            .Ignore(m => m.DueAt).Ignore(m => m.LastDecision).Ignore(m => m.AgreedOnTime);
        mapper.Entity<MessageIntake>().Id(i => i.UserId, autoId: false).Ignore(i => i.HasContent);
        mapper.Entity<Violation>().Id(v => v.Id, autoId: true).Ignore(v => v.TypeText);
        mapper.Entity<ModerationAuthor>().Id(a => a.Id, autoId: true)
            .Ignore(a => a.PendingProposal).Ignore(a => a.LastDecision).Ignore(a => a.IsBlocked);
        mapper.Entity<BlockProposal>().Ignore(p => p.IsPending);
        return mapper;
    }
}
