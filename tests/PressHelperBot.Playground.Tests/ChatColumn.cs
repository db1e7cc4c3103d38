using Microsoft.Playwright;

namespace PressHelperBot.Playground.Tests;

// One person's chat on the page, used the way a person uses it: typing, pressing, reading.
internal sealed class ChatColumn(IPage page, long personId)
{
    public static readonly float Timeout = 30_000;

    public ILocator Root => page.Locator($"section.chat[data-person='{personId}']");

    public async Task SendsAsync(string text)
    {
        var input = Root.Locator("textarea");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    // The newest message from the bot that contains `text`, once it is on the page.
    public async Task<ILocator> SeesAsync(string text)
    {
        var message = Root.Locator(".msg.bot", new() { HasText = text }).Last;
        await message.WaitForAsync(new() { Timeout = Timeout });
        return message;
    }

    public Task PressesAsync(ILocator message, string label) =>
        message.GetByRole(AriaRole.Button, new() { Name = label, Exact = true }).ClickAsync(new() { Timeout = Timeout });

    public async Task AttachesAsync(params FilePayload[] files) =>
        await Root.Locator("input[type=file]").SetInputFilesAsync(files);
}
