using PressHelperBot.Domain;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// A new ЦУР request: what is asked (pasted or typed), then by when; then the request's card.
internal sealed class CurRequestConversation(
    ConversationStore conversations,
    CurRequestRepository requests,
    CurRequestsMenu menu,
    RegistryAudit audit,
    OrgCalendar calendar,
    IChatNotifier notifier) : IConversationHandler
{
    public string Feature => CurRequestsMenu.Name;

    public Audience Audience => Audience.Deciders;

    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        var state = context.Conversation!;
        var text = context.Message?.Text ?? context.Message?.Caption;
        if (string.IsNullOrWhiteSpace(text))
        {
            await AskAsync(context, CurTexts.TextExpected, state.Step, ct);
            return;
        }

        if (state.Step == CurRequestsMenu.WhatStep)
        {
            if (text.Trim().Length > CurRequest.MaxSubjectLength)
            {
                await AskAsync(context, $"Текст запроса длиннее {CurRequest.MaxSubjectLength} знаков. Сократите его или оставьте главное.", state.Step, ct);
                return;
            }
            state.Values[CurRequestsMenu.WhatKey] = text.Trim();
            conversations.MoveTo(state, CurRequestsMenu.DueStep);
            await AskAsync(context, null, CurRequestsMenu.DueStep, ct);
            return;
        }

        var due = DateInput.Parse(text, context.Now, calendar);
        if (due.Date is not { } day)
        {
            await AskAsync(context, due.Error, state.Step, ct);
            return;
        }
        CurRequest request;
        try
        {
            request = CurRequest.Record(state.Value(CurRequestsMenu.WhatKey), day, context.UserId, context.Now, calendar);
        }
        catch (DomainException e)
        {
            await AskAsync(context, e.Message, state.Step, ct);
            return;
        }
        requests.Add(request);
        audit.Record(context.UserId, context.DisplayName, context.Now, $"запрос ЦУР №{request.Id}", "—",
            $"записан, срок {RegistryTexts.Date(request.DueDate)}");
        conversations.End(context.UserId);
        await notifier.SendAsync(context.ChatId, CurTexts.Recorded(request), ct: ct);
        await menu.ShowAsync(context, request, asNewMessage: true, ct);
    }

    private Task AskAsync(BotContext context, string? problem, string step, CancellationToken ct)
    {
        var question = step == CurRequestsMenu.WhatStep ? CurTexts.AskWhat : CurTexts.AskDue;
        var html = problem is null ? question : Html.Text(problem) + "\n\n" + question;
        return notifier.SendAsync(context.ChatId, html, Buttons.Column(CancelFeature.Button()), ct);
    }
}
