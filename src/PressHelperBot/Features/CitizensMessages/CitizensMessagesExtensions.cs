using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Features.HeadReport;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.CitizensMessages;

public static class CitizensMessagesExtensions
{
    // Citizens' messages: entering them, assigning a reply to a department, its draft, the coordinators'
    // agreement, publishing; reminders and escalations; the view, the export and the head's report part.
    public static IServiceCollection AddCitizensMessages(this IServiceCollection services) => services
        .AddSingleton<CitizenMessageRepository>()
        .AddSingleton<MessageCardRepository>()
        .AddScoped<MessageCards>()
        .AddScoped<AppealReply>()
        .AddScoped<RecordMessage>()
        .AddScoped<AssignMessage>()
        .AddScoped<SubmitReply>()
        .AddScoped<DecideReply>()
        .AddScoped<MarkAnswered>()
        .AddScoped<ReturnOrphaned>()
        .AddCommand<EnterMessage>()
        .AddMenu<EnterMessage>()
        .AddButton<NewMessageButton, EnterMessage>()
        .AddButton<IntakeNextButton, EnterMessage>()
        .AddButton<ForwardedNameButton, EnterMessage>()
        .AddButton<IntakeKindButton, EnterMessage>()
        .AddConversation<IntakeConversation>()
        .AddButton<AssignButton, AssignFlow>()
        .AddButton<AssignDepartmentButton, AssignFlow>()
        .AddButton<AssignDueButton, AssignFlow>()
        .AddButton<WriteReplyButton, ReplyDraftFlow>()
        .AddButton<SendDraftButton, ReplyDraftFlow>()
        .AddButton<RewriteDraftButton, ReplyDraftFlow>()
        .AddConversation<ReplyDraftFlow>()
        .AddButton<DraftVerdictButton, CoordinatorAnswers>()
        .AddButton<AnswerSelfButton, CoordinatorAnswers>()
        .AddButton<MarkAnsweredButton, CoordinatorAnswers>()
        .AddConversation<CoordinatorAnswers>()
        .AddCommand<MessagesView>()
        .AddMenu<MessagesView>()
        .AddButton<MessagesListButton, MessagesView>()
        .AddButton<MessagesFilterButton, MessagesView>()
        .AddButton<OpenMessageButton, MessagesView>()
        .AddButton<ExportMessagesButton, MessagesView>()
        .AddButton<MyRepliesButton, MessagesView>()
        .AddSweep<CitizenMessagesSweep>()
        .AddScoped<IMonthlyReportSection, CitizensReportSection>();
}
