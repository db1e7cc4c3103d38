namespace PressHelperBot.Domain.Registry;

// Contact is a phone number or a Telegram handle, as the person reporting gives it.
public sealed record ResponsiblePerson(string Name, string Position, string Contact)
{
    public static ResponsiblePerson Create(string? name, string? position, string? contact)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Укажите ФИО ответственного.");
        }
        if (string.IsNullOrWhiteSpace(contact))
        {
            throw new DomainException("Укажите телефон или Telegram ответственного.");
        }
        return new ResponsiblePerson(name.Trim(), position?.Trim() ?? "", contact.Trim());
    }
}
