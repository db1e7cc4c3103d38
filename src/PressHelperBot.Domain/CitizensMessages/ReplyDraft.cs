namespace PressHelperBot.Domain.CitizensMessages;

// One draft of the reply, as the department wrote it. StyleScore is what the style check gave it
// (0–10), shown to the coordinator as the department saw it.
public sealed record ReplyDraft(int Number, string Text, long AuthorId, int DepartmentId, DateTimeOffset At, double? StyleScore);

// One assignment of the message to a department with its due time. A reassignment is a new one with
// its own number, so its reminders are keyed apart from the earlier one's.
public sealed record ReplyAssignment(int Number, int DepartmentId, DateTimeOffset AssignedAt, DateTimeOffset DueAt, long ById);
