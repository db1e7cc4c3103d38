namespace PressHelperBot.Domain.Submissions;

// Ready-made reasons a coordinator picks with one button when rejecting; coordinators edit the list.
public static class RejectionReasons
{
    // A reason is a button label: longer ones do not fit on a phone screen.
    public const int MaxLength = 60;

    public const int MaxCount = 12;

    // For news whose author answered «нет согласия» to the consent question (152-ФЗ).
    public const string NoConsent = "Нет согласия на публикацию фото или видео";

    public static readonly IReadOnlyList<string> Defaults =
    [
        "Не по теме наших аккаунтов",
        "Уже публиковали похожее",
        "Мало информации, нечего рассказать",
        "Нет фото или видео",
        "Событие уже прошло",
        NoConsent,
    ];

    // Defaults added after the first release: a list made before gets each of them once.
    public static readonly IReadOnlyList<string> AddedLater = [NoConsent];

    public static string Check(string? text, IReadOnlyCollection<string> existing)
    {
        var clean = (text ?? "").Trim();
        if (clean.Length == 0)
        {
            throw new DomainException("Причина пустая. Напишите причину одной строкой.");
        }
        if (clean.Contains('\n'))
        {
            throw new DomainException("Причина должна быть одной строкой.");
        }
        if (clean.Length > MaxLength)
        {
            throw new DomainException($"Слишком длинно для кнопки (знаков: {clean.Length}, можно до {MaxLength}).");
        }
        if (existing.Contains(clean, StringComparer.CurrentCultureIgnoreCase))
        {
            throw new DomainException("Такая причина уже есть в списке.");
        }
        if (existing.Count >= MaxCount)
        {
            throw new DomainException($"В списке уже {MaxCount} причин: сначала удалите ненужную.");
        }
        return clean;
    }
}
