using System.Globalization;
using PressHelperBot.Domain.Publications;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Features.Registry;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Publications;

// What the reporter is told after a message of links or an answer about one, and where the
// conversation goes: done, waiting for a corrected link, or asking which account a link is in.
// The conversation is stored before anything is sent (the answer is what the change caused).
internal sealed class ReportAnswers(ConversationStore conversations, PublicationRegistry registry, IChatNotifier notifier)
{
    public static InlineKeyboardMarkup DoneKeyboard() => Buttons.Column(ButtonCodec.Button(PublicationTexts.DoneButton, new ReportDoneButton()));

    public async Task AfterAsync(BotContext context, ConversationState state, ReportResult result, CancellationToken ct)
    {
        var parts = new List<string>();
        if (result.Recorded.Count > 0)
        {
            parts.Add(PublicationTexts.Recorded(result.Title, result.Recorded, result.Format));
        }
        parts.AddRange(result.Problems.Select(p => PublicationTexts.Problem(p.Link, p.Problem)));
        if (result.Refusal is { } refusal)
        {
            parts.Add(refusal);
        }

        var pending = (state.Value(ReportConversation.AskKey) ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        pending.AddRange(result.Questions.Select(q => q.Post.Url));
        if (pending.Count > 0)
        {
            state.Values[ReportConversation.AskKey] = string.Join('\n', pending.Distinct());
            state.Values[ReportConversation.DayKey] = result.Day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            conversations.MoveTo(state, ReportConversation.AskStep);
            await AskNextAsync(context, state, parts.Count == 0 ? null : string.Join("\n\n", parts), ct);
            return;
        }
        if (result.Problems.Count > 0 || result.Refusal is not null)
        {
            state.Values.Remove(ReportConversation.AskKey);
            conversations.MoveTo(state, ReportConversation.LinksStep);
            await notifier.SendAsync(context.ChatId, string.Join("\n\n", parts.Append(PublicationTexts.FixAndResend)), DoneKeyboard(), ct);
            return;
        }
        conversations.End(context.UserId);
        await notifier.SendAsync(context.ChatId, string.Join("\n\n", parts), FormatKeyboard(result), ct);
    }

    // The first link waiting for an answer, with the accounts it may be in.
    public async Task AskNextAsync(BotContext context, ConversationState state, string? note, CancellationToken ct)
    {
        if (ReportConversation.Pending(state) is not { } post)
        {
            conversations.End(context.UserId);
            await notifier.SendAsync(context.ChatId, (note is null ? "" : note + "\n\n") + PublicationTexts.Done, ct: ct);
            return;
        }
        var candidates = registry.Reportable(context.Person!)
            .Where(account => account.Network == post.Network && !registry.Identity(account.Id).ProvesForeign(post))
            .Select(account => ButtonCodec.Button(PlanButtonLabel(account), new PickAccountButton(account.Id)))
            .Append(ButtonCodec.Button(PublicationTexts.NoneButton, new NoneOfTheseButton()))
            .Append(CancelFeature.Button());
        await notifier.SendAsync(context.ChatId, (note is null ? "" : note + "\n\n") + PublicationTexts.AskAccount(post), Buttons.Column(candidates), ct);
    }

    // After an answer by button: drop the link just answered, then ask the next or finish.
    public async Task AfterAnswerAsync(BotContext context, ConversationState state, ReportResult? result, CancellationToken ct)
    {
        var rest = (state.Value(ReportConversation.AskKey) ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        state.Values[ReportConversation.AskKey] = string.Join('\n', rest);
        if (result is not null && (result.Recorded.Count > 0 || result.Problems.Count > 0 || result.Refusal is not null))
        {
            await AfterAsync(context, state, result with { Questions = [] }, ct);
            return;
        }
        if (rest.Count > 0)
        {
            conversations.MoveTo(state, ReportConversation.AskStep);
            await AskNextAsync(context, state, null, ct);
            return;
        }
        conversations.End(context.UserId);
        await notifier.ReplaceAsync(context, PublicationTexts.Done, null, ct);
    }

    private static InlineKeyboardMarkup? FormatKeyboard(ReportResult result) => result.Recorded.Count == 0
        ? null
        : Buttons.Column(ButtonCodec.Button(PublicationTexts.FormatButton(result.Format), new FormatMenuButton(result.Recorded[0].Publication.Id)));

    private static string PlanButtonLabel(Domain.Registry.Account account) =>
        $"{account.NetworkName} «{PublicationTexts.Short(account.Name, 40)}»";
}
