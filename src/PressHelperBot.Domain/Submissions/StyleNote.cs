namespace PressHelperBot.Domain.Submissions;

// One finding of the style check as the author saw it when sending: what was marked, why, and the
// plainer way offered (empty when there is none). Kept with the submission so that a later change
// of the lexicon or of the checks does not rewrite what the author was told.
public sealed record StyleNote(string Fragment, string Problem, string Suggestion);
