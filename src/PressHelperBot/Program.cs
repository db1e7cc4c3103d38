using PressHelperBot;

return await BotHost.RunAsync(args);
