namespace FakeTelegram;

// Thrown by a method handler to answer like Telegram. A violation is also recorded for the test.
internal sealed class ApiError(int code, string description, bool isViolation = true, int? retryAfter = null) : Exception(description)
{
    public int Code { get; } = code;

    public string Description { get; } = description;

    public bool IsViolation { get; } = isViolation;

    public int? RetryAfter { get; } = retryAfter;

    // Everything wrong with the call, for the violation line (the answer names only the first).
    public string? Detail { get; init; }

    public static ApiError BadRequest(string what) => new(400, "Bad Request: " + what);
}
