using System.Globalization;
using Supervision.Engine.Items;
using Supervision.Engine.Trail.Words;

namespace Supervision.Engine.Trail.Story;

/// <summary>
/// What a sentence needs to name things as people know them: people by display name, agencies by name, an item's
/// assignments by agency and part, and times in the office's zone. An id never shows: an unknown one says what it was.
/// </summary>
public sealed record StoryNames(
    IReadOnlyDictionary<string, string> People,
    IReadOnlyDictionary<string, string> Agencies,
    IReadOnlyDictionary<string, ItemAssignment> Assignments,
    TimeZoneInfo Zone)
{
    /// <summary>A time as the office reads it: 2022-07-04 18:00, in <see cref="Zone"/>.</summary>
    public string Time(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string Agency(string agencyId) => Agencies.GetValueOrDefault(agencyId) ?? agencyId;

    /// <summary>An assignment as its agency and part: 自治区人社厅（牵头单位）.</summary>
    public Word Assignment(string assignmentId)
    {
        if (Assignments.TryGetValue(assignmentId, out var a))
        {
            var part = PartyWords.Part(a.Role);
            return new($"{Agency(a.AgencyId)}（{part.Zh}）", $"{Agency(a.AgencyId)} ({part.En})");
        }

        // An assignment of another item (a reassignment's source, an evaluation's line): its agency is after the '~'.
        var agency = assignmentId[(assignmentId.LastIndexOf('~') + 1)..];
        return new(Agency(agency), Agency(agency));
    }

    /// <summary>Who acted: a person by name and agency, the system, or (a person no longer known) their role.</summary>
    public Word Who(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role == Access.Roles.System)
        {
            return new("系统", "The system");
        }

        var role = PartyWords.SignInRole(actor.Role);
        var name = People.GetValueOrDefault(actor.UserId);
        return (name, actor.AgencyId) switch
        {
            (null, null) => role,
            (null, { } ag) => new(Agency(ag), Agency(ag)),
            (_, null) => new(Beside(name, role.Zh), $"{name} ({role.En})"),
            (_, { } ag) => new(Beside(name, Agency(ag)), $"{name} ({Agency(ag)})"),
        };
    }

    // A name that already says where the person sits (示范市财政局联络员) is not followed by it again in brackets.
    private static string Beside(string name, string where) => name.Contains(where, StringComparison.Ordinal) ? name : $"{name}（{where}）";
}
