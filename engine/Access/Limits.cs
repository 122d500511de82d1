using Supervision.Engine.Errors;

namespace Supervision.Engine.Access;

/// <summary>
/// How many of each thing one command may carry, and how large a page may be: the one place these bounds live
/// (pages are checked by <c>ReadModel.Paging</c>).
/// The grains check them, so every caller (API, import, CLI) meets the same limits; the README lists them.
/// </summary>
public static class Limits
{
    public const int ItemsPerPlan = 500;
    public const int TargetsPerList = 100;
    public const int AgenciesPerItem = 100;
    public const int IndicatorsPerReport = 100;
    public const int AliasesPerAgency = 50;
    public const int MembersPerGroup = 200;
    public const int EditsPerRequest = 500;
    public const int InboxPage = 1000;
    public const int InboxDefaultPage = 200;
    public const int ReportsPage = 500;
    public const int NoticesPage = 500;
    public const int ReactionsPage = 500;
    public const int AuditPage = 500;

    /// <summary>The page a list answers when the caller names no <c>limit</c> (reports, notices, reactions).</summary>
    public const int DefaultPage = 100;
    public const int AttendeesPerInterview = 50;
    public const int CommitmentsPerInterview = 50;
    public const int InterviewsPerAssignment = 50;

    /// <summary>The list itself (null stays null) when it has at most <paramref name="max"/> entries; else a refusal naming it and the limit.</summary>
    public static T? Bounded<T>(T? list, string field, int max)
        where T : class, System.Collections.IEnumerable
    {
        var count = list switch
        {
            null => 0,
            System.Collections.ICollection c => c.Count,
            _ => list.Cast<object?>().Count(),
        };
        if (count > max)
        {
            throw SupervisionException.Invalid("input.too_many", $"'{field}' has {count} entries; at most {max} are allowed.", field)
                .With("count", count)
                .With("limit", max);
        }

        return list;
    }
}
