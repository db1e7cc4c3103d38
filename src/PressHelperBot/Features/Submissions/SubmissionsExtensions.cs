using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Features.Review;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Submissions;

public static class SubmissionsExtensions
{
    // Staff send news and follow it («Мои материалы»); the coordinators' side is Review.
    public static IServiceCollection AddSubmissions(this IServiceCollection services) => services
        .AddScoped<PreviewMedia>()
        .AddScoped<DraftPreview>()
        .AddScoped<DraftMedia>()
        .AddScoped<DraftFlow>()
        .AddScoped<DraftCorrection>()
        .AddScoped<SubmitDraft>()
        .AddScoped<DraftSending>()
        .AddScoped<WithdrawSubmission>()
        .AddCommand<SubmitNews>()
        .AddButton<DraftButton, SubmitNews>()
        .AddButton<DraftDepartmentButton, SubmitNews>()
        .AddButton<WishedDayButton, SubmitNews>()
        .AddButton<DraftFormatButton, DraftFormat>()
        .AddMenu<SubmitNews>()
        .AddConversation<DraftConversation>()
        .AddCommand<MyMaterials>()
        .AddButton<MyListButton, MyMaterials>()
        .AddButton<OpenMaterialButton, MyMaterials>()
        .AddButton<WithdrawButton, MyMaterials>()
        .AddButton<ConfirmWithdrawButton, MyMaterials>()
        .AddButton<CorrectSubmissionButton, MyMaterials>()
        .AddMenu<MyMaterials>();
}
