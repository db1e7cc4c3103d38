using DurableLiteDb.CrashWriter;

return Writer.Run(args);
