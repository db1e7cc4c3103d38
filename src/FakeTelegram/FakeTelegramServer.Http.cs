using System.Text.Json.Nodes;
using FakeTelegram.Http;
using Microsoft.AspNetCore.Http;

namespace FakeTelegram;

public sealed partial class FakeTelegramServer
{
    internal async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (path.StartsWith("/file/bot", StringComparison.Ordinal))
        {
            await ServeFileAsync(context, path);
            return;
        }

        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !parts[0].StartsWith("bot", StringComparison.Ordinal))
        {
            await Answer.ErrorAsync(context, 404, "Not Found", null);
            return;
        }

        var method = parts[1];
        if (parts[0][3..] != Token)
        {
            await Answer.ErrorAsync(context, 401, "Unauthorized", null);
            Record(new RecordedCall(method, [], 401, DateTimeOffset.UtcNow, "Unauthorized"), null);
            return;
        }

        var call = new ApiCall(method, [], new Dictionary<string, UploadedFile>(), false, context.RequestAborted);
        int status;
        string? description = null;
        Violation? violation = null;
        var read = false;
        try
        {
            call = await RequestReader.ReadAsync(context, method);
            read = true;
            var result = await methods.InvokeAsync(call);
            status = 200;
            await Answer.OkAsync(context, result);
        }
        catch (ApiError error)
        {
            status = error.Code;
            description = error.Description;
            if (error.IsViolation)
            {
                violation = new Violation(call.Method, error.Detail ?? error.Description, DateTimeOffset.UtcNow);
            }

            await Answer.ErrorAsync(context, error.Code, error.Description, error.RetryAfter);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested || Stopping.IsCancellationRequested)
        {
            // The client gave up (a hung call) or the server is stopping: nobody reads an answer.
            status = 499;
            description = "client closed request";
        }
        catch (Exception cut) when (!read && cut is BadHttpRequestException or IOException)
        {
            // The client went away in the middle of sending its request (a bot host stopping while a
            // poll was on its way): like a hung call given up, not a call Telegram would refuse.
            status = 499;
            description = "client closed request";
        }
        catch (Exception crash) when (crash is not OperationCanceledException)
        {
            // A bug in the fake must not look like a healthy answer.
            status = 500;
            description = "Internal Server Error";
            violation = new Violation(call.Method, "the fake crashed: " + crash, DateTimeOffset.UtcNow);
            await Answer.ErrorAsync(context, 500, description, null);
        }

        Record(new RecordedCall(call.Method, call.Parameters, status, DateTimeOffset.UtcNow, description), violation);
    }

    private async Task ServeFileAsync(HttpContext context, string path)
    {
        var rest = path["/file/bot".Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || rest[..slash] != Token)
        {
            await Answer.ErrorAsync(context, 401, "Unauthorized", null);
            return;
        }

        var file = Files.FindByPath(rest[(slash + 1)..]);
        if (file is null)
        {
            await Answer.ErrorAsync(context, 404, "Not Found: file not found", null);
            return;
        }

        context.Response.ContentType = file.MimeType ?? "application/octet-stream";
        await context.Response.Body.WriteAsync(file.Content, context.RequestAborted);
    }
}
