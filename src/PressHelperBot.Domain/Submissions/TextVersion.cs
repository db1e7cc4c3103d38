namespace PressHelperBot.Domain.Submissions;

// Versions are numbered from 1; a correction by the author or an edit by a coordinator adds one and
// keeps the older ones, so the coordinator can see what changed and nothing is lost.
// StyleScore is the style check's score (0-10, one decimal) the author was shown for this version
// before sending it; the coordinator's card shows this very number. A coordinator's edit has none.
public sealed record TextVersion(int Number, string Text, long ById, DateTimeOffset At, bool ByCoordinator, double? StyleScore = null);
