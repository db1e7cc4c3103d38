using LiteDB;
using PressHelperBot.Configuration;

namespace PressHelperBot.Persistence;

// The organisation's weekly target as a coordinator set it in the chat. Until someone does, the
// value from configuration (ORGANISATION_WEEKLY_TARGET) applies; once set, the stored value wins,
// so a later change of the setting does not silently undo a decision made in the chat.
// Department targets live on the department itself (Department.WeeklyQuota).
public sealed class QuotaSettingsRepository(BotDatabase db, QuotaSettings settings)
{
    private const string OrganisationTargetId = "organisation-target";

    private readonly ILiteCollection<QuotaSetting> values = db.Collection<QuotaSetting>("quota_settings");

    public int OrganisationTarget() => values.FindById(OrganisationTargetId)?.Value ?? settings.OrganisationWeeklyTarget;

    public void SetOrganisationTarget(int target, long changedBy, DateTimeOffset now) =>
        values.Upsert(new QuotaSetting { Id = OrganisationTargetId, Value = target, ChangedBy = changedBy, ChangedAt = now });
}

public sealed class QuotaSetting
{
    public string Id { get; set; } = "";

    public int Value { get; set; }

    public long ChangedBy { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
