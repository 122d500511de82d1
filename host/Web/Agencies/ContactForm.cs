using Supervision.Engine.Agencies;

namespace Supervision.Host.Web.Agencies;

/// <summary>One contact as the edit form holds it; all three fields empty means none.</summary>
public sealed class ContactForm
{
    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public static ContactForm Of(Contact? contact) => new() { Name = contact?.Name, Phone = contact?.Phone, Email = contact?.Email };

    /// <summary>Null when nothing was typed; otherwise the contact, checked by the grain (a name is required with a phone or e-mail).</summary>
    public Contact? ToContact() =>
        string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email) ? null : new Contact(Name ?? "", Phone, Email);
}
