using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.History;

public static class HistoryExtensions
{
    // «📜 История» of a submission, for coordinators on its card and for its author.
    public static IServiceCollection AddHistory(this IServiceCollection services) => services
        .AddScoped<HistoryText>()
        .AddButton<CardHistoryButton, CardHistory>()
        .AddButton<MyHistoryButton, MyHistory>();
}
