using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Consent;

public static class ConsentExtensions
{
    // Consent before publishing: the questions in the author's draft flow (asked by DraftFlow before the
    // preview), the answers on the coordinators' card, and the coordinators' editor of the questions.
    public static IServiceCollection AddConsent(this IServiceCollection services) => services
        .AddSingleton<ConsentQuestionRepository>()
        .AddScoped<ConsentPrompt>()
        .AddScoped<ConsentQuestionChanges>()
        .AddButton<ConsentAnswerButton, ConsentAnswering>()
        .AddCommand<ConsentQuestionsEditor>()
        .AddConversation<ConsentQuestionsEditor>()
        .AddMenu<ConsentQuestionsEditor>()
        .AddButton<ConsentQuestionsButton, ConsentQuestionsEditor>()
        .AddButton<OpenConsentQuestionButton, ConsentQuestionsEditor>()
        .AddButton<RewordConsentQuestionButton, ConsentQuestionsEditor>()
        .AddButton<DeleteConsentQuestionButton, ConsentQuestionsEditor>()
        .AddButton<AddConsentQuestionButton, ConsentQuestionsEditor>();
}
