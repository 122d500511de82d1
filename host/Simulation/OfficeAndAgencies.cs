using Supervision.Engine.Access;
using Supervision.Engine.Assignments;
using Supervision.Engine.Errors;
using Supervision.Engine.Obligations;
using Supervision.Engine.Trail;
using Supervision.Engine.Simulation;
using OwedRow = Supervision.Engine.Simulation.OwedRow;

namespace Supervision.Host.Simulation;

/// <summary>
/// The simulated people's moves through the same grain intents the API calls: agencies acknowledge, report, contribute
/// and complete; the office accepts reports and approves completions. A move the cycle refuses today (a lead whose
/// cooperators have not settled yet) is tried again the next working day.
/// </summary>
public sealed class OfficeAndAgencies(IGrainFactory grains)
{
    public static readonly Actor Office = new("sim-office", Roles.Coordinator, null);

    private readonly List<(string AssignmentId, int Number, DateOnly On)> _reportsToAccept = [];
    private readonly Lock _lock = new();
    private int _moves;
    private int _refused;

    public int Moves => _moves;

    public int Refused => _refused;

    public static Actor AgencyUser(string agencyId) => new($"sim-{agencyId}", Roles.Agency, agencyId);

    public async Task MeetAsync(OwedRow owed, DateOnly nextWorkingDay)
    {
        var grain = grains.GetGrain<IAssignmentGrain>(owed.AssignmentId);
        var agency = AgencyUser(owed.AgencyId);
        var correlation = $"sim:{owed.Id}";
        try
        {
            switch (ObligationKinds.Find(owed.Kind))
            {
                case var k when k == ObligationKinds.Acknowledge:
                    await grain.AcknowledgeAsync(new Responsible("模拟负责人", null, null), agency, correlation);
                    break;
                case var k when k == ObligationKinds.Report:
                    var view = await grain.SubmitReportAsync($"{owed.Period} 进展情况（模拟）", [], agency, correlation, owed.Period);
                    lock (_lock)
                    {
                        _reportsToAccept.Add((owed.AssignmentId, view.ReportCount, nextWorkingDay));
                    }

                    break;
                case var k when k == ObligationKinds.Contribute:
                    await grain.ContributeAsync("配合工作已完成（模拟）", agency, correlation);
                    break;
                case var k when k == ObligationKinds.Complete || k == ObligationKinds.Rework:
                    await grain.SubmitCompletionAsync("办结材料（模拟）", agency, correlation);
                    break;
                case var k when k == ObligationKinds.Review:
                    await grain.ReviewCompletionAsync(true, "同意办结（模拟）", Office, correlation);
                    break;
                default:
                    return;
            }

            Interlocked.Increment(ref _moves);
        }
        catch (SupervisionException)
        {
            Interlocked.Increment(ref _refused);
        }
    }

    /// <summary>The office accepts the reports submitted before today.</summary>
    public async Task AcceptReportsAsync(DateOnly today)
    {
        List<(string AssignmentId, int Number, DateOnly On)> due;
        lock (_lock)
        {
            due = [.. _reportsToAccept.Where(r => r.On <= today)];
            _reportsToAccept.RemoveAll(r => r.On <= today);
        }

        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (report, _) =>
        {
            try
            {
                await grains.GetGrain<IAssignmentGrain>(report.AssignmentId).ReviewReportAsync(report.Number, true, "已阅（模拟）", Office, $"sim:accept:{report.AssignmentId}:{report.Number}");
                Interlocked.Increment(ref _moves);
            }
            catch (SupervisionException)
            {
                Interlocked.Increment(ref _refused);
            }
        });
    }
}
