namespace PressHelperBot.Domain.Submissions;

// Versions are numbered from 1; a correction by the author or an edit by a coordinator adds one and
// keeps the older ones, so the coordinator can see what changed and nothing is lost.
public sealed record TextVersion(int Number, string Text, long ById, DateTimeOffset At, bool ByCoordinator);
