using MimeKit;
using Supervision.Engine.Agencies;
using Supervision.Engine.Assignments;

namespace Supervision.Engine.Notices.Mail;

/// <summary>
/// Turns recipient words into addresses: the agency's liaison and head from its contacts, the responsible person named
/// at acknowledgement, and the office's own from the settings. A word without a usable address is listed, never dropped.
/// </summary>
public sealed class AddressBook(NoticeOptions options)
{
    public Addressees Resolve(IReadOnlyList<string> words, AgencyView? agency, Responsible? responsible)
    {
        var (to, cc, missing) = (new List<MailboxAddress>(), new List<MailboxAddress>(), new List<string>());
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in words.Distinct(StringComparer.Ordinal))
        {
            var found = Of(word, agency, responsible).Where(a => seen.Add(a.Address)).ToList();
            if (found.Count == 0 && !Of(word, agency, responsible).Any())
            {
                missing.Add(word);
            }

            (Recipients.IsAddressed(word) ? to : cc).AddRange(found);
        }

        return to.Count > 0 ? new Addressees(to, cc, missing) : new Addressees(cc, [], missing);
    }

    /// <summary>The usable addresses of a list such as <c>督查室 &lt;a@x.cn&gt;, b@x.cn</c>; bad ones are left out.</summary>
    public static IEnumerable<MailboxAddress> Parse(string? list) =>
        string.IsNullOrWhiteSpace(list) || !InternetAddressList.TryParse(list, out var parsed)
            ? []
            : parsed.Mailboxes.Where(Usable);

    private IEnumerable<MailboxAddress> Of(string word, AgencyView? agency, Responsible? responsible) => word switch
    {
        Recipients.Liaison => Person(agency?.Liaison?.Name, agency?.Liaison?.Email),
        Recipients.Responsible => Person(responsible?.Name, responsible?.Email),
        Recipients.AgencyHead => Person(agency?.Head?.Name, agency?.Head?.Email),
        Recipients.Office => Parse(options.Office),
        Recipients.LeadingGroup => Parse(options.LeadingGroup),
        Recipients.OfficeHead => Parse(options.OfficeHead),
        _ => [],
    };

    private static IEnumerable<MailboxAddress> Person(string? name, string? email) =>
        !string.IsNullOrWhiteSpace(email) && MailboxAddress.TryParse(email.Trim(), out var parsed) && Usable(parsed)
            ? [new MailboxAddress(name ?? "", parsed.Address)]
            : [];

    private static bool Usable(MailboxAddress a) =>
        a.Address.IndexOf('@') is var at && at > 0 && at < a.Address.Length - 1 && !a.Address.Any(char.IsWhiteSpace);
}
