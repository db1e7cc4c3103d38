using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace PressHelperBot.Telegram;

// Sets the "/" menu of one private chat to the commands that person may use.
// The handlers are looked up when needed, not injected: handlers themselves use CommandMenu (after
// a role change), and injecting them here would make a dependency cycle.
public sealed class CommandMenu(ITelegramBotClient bot, IServiceProvider services, ILogger<CommandMenu> log)
{
    public IReadOnlyList<BotCommand> CommandsFor(Audience audience) =>
        services.GetServices<ICommandHandler>().Where(c => c.Description is not null && (c.Audience & audience) != 0)
            .Select(c => new BotCommand { Command = c.Command, Description = c.Description! })
            .ToList();

    // Chats without a menu of their own (people who have not written yet) see the guest commands.
    public async Task ApplyDefaultAsync(CancellationToken ct)
    {
        try
        {
            await bot.SetMyCommands(CommandsFor(Audience.Guest), cancellationToken: ct);
        }
        catch (ApiRequestException e)
        {
            log.LogWarning("Could not set the default command menu: {Description}", e.Message);
        }
    }

    public async Task ApplyAsync(long chatId, Audience audience, CancellationToken ct)
    {
        try
        {
            await bot.SetMyCommands(CommandsFor(audience), BotCommandScope.Chat(chatId), cancellationToken: ct);
        }
        catch (ApiRequestException e)
        {
            log.LogWarning("Could not set the command menu of chat {ChatId}: {Description}", chatId, e.Message);
        }
    }
}
