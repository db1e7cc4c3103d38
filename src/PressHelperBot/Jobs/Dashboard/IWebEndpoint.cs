using Microsoft.AspNetCore.Builder;

namespace PressHelperBot.Jobs.Dashboard;

// Something else the bot serves on the dashboard's web server (the Telegram webhook). The bot cannot
// work without an enabled one, so a web server that cannot start stops the bot then.
internal interface IWebEndpoint
{
    bool Enabled { get; }

    void Map(IApplicationBuilder app);
}
