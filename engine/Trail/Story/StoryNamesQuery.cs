using Supervision.Engine.Access;
using Supervision.Engine.Agencies;
using Supervision.Engine.Items;
using Supervision.Workflows.Calendar;

namespace Supervision.Engine.Trail.Story;

/// <summary>
/// The names a reader's sentences use: every person's display name (names are not secret; contacts are), every agency's
/// name, the given assignments' agencies and parts, and the office's zone from the setting.
/// </summary>
public sealed class StoryNamesQuery(UserStore users, AgencyListQuery agencies, DueTimes due)
{
    public async Task<StoryNames> RunAsync(Actor reader, IEnumerable<ItemAssignment> assignments, CancellationToken cancellationToken = default)
    {
        var people = (await users.ListAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.DisplayName, StringComparer.Ordinal);
        var names = (await agencies.RunAsync(reader, cancellationToken)).ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        return new StoryNames(people, names, assignments.DistinctBy(a => a.AssignmentId).ToDictionary(a => a.AssignmentId, StringComparer.Ordinal), due.Zone);
    }
}
