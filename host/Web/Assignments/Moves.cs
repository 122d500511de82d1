using System.Globalization;
using Supervision.Engine.Assignments;
using Supervision.Engine.Errors;
using Supervision.Engine.Trail;
using Supervision.Host.Web.Attachments;
using Supervision.Workflows.Cycle;

namespace Supervision.Host.Web.Assignments;

/// <summary>A form's move, as the grain intent the API calls for it; the grain decides whether it may happen.</summary>
public sealed class Moves(IAssignmentGrain grain, Actor actor, string correlation)
{
    /// <summary>Makes the move with the form's text and the files it brought (<paramref name="upload"/>); only submissions carry files.</summary>
    public Task MakeAsync(CycleTrigger move, MoveForm form, Upload upload, int? pendingReport)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(upload);
        var text = upload.Text;
        return move switch
        {
            CycleTrigger.Acknowledge => grain.AcknowledgeAsync(new Responsible(form.Responsible ?? "", Blank(form.Phone), Blank(form.Email)), actor, correlation),
            CycleTrigger.Dispute => grain.DisputeAsync(text ?? "", actor, correlation),
            CycleTrigger.RejectDispute => grain.ResolveDisputeAsync(DisputeOutcome.Reject, null, Blank(text), actor, correlation),
            CycleTrigger.UpholdDisputeWithdraw => grain.ResolveDisputeAsync(DisputeOutcome.Withdraw, null, Blank(text), actor, correlation),
            CycleTrigger.UpholdDisputeReassign => grain.ResolveDisputeAsync(DisputeOutcome.Reassign, Blank(form.ToAgency), Blank(text), actor, correlation),
            CycleTrigger.SubmitReport => grain.SubmitReportAsync(text ?? "", Indicators(form), actor, correlation, Blank(form.Period), upload.Files),
            CycleTrigger.AcceptReport => grain.ReviewReportAsync(pendingReport ?? 0, true, Blank(text), actor, correlation),
            CycleTrigger.ReturnReport => grain.ReviewReportAsync(pendingReport ?? 0, false, Blank(text), actor, correlation),
            CycleTrigger.Contribute => grain.ContributeAsync(text ?? "", actor, correlation, upload.Files),
            CycleTrigger.Waive => grain.WaiveAsync(Blank(text), actor, correlation),
            CycleTrigger.SubmitCompletion => grain.SubmitCompletionAsync(text ?? "", actor, correlation, upload.Files),
            CycleTrigger.ApproveCompletion => grain.ReviewCompletionAsync(true, Blank(text), actor, correlation),
            CycleTrigger.ReturnCompletion => grain.ReviewCompletionAsync(false, Blank(text), actor, correlation),
            CycleTrigger.Withdraw => grain.WithdrawAsync(Blank(text), actor, correlation),
            _ => throw SupervisionException.Invalid("input.outcome", $"'{move}' is not a move.", "move"),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<Indicator> Indicators(MoveForm form)
    {
        var list = new List<Indicator>();
        for (var i = 0; i < form.IndicatorName.Count; i++)
        {
            var name = Blank(form.IndicatorName[i]);
            var raw = Blank(i < form.IndicatorValue.Count ? form.IndicatorValue[i] : null);
            if (raw is null)
            {
                continue; // an indicator left empty is not reported this time
            }

            // The fields are named as the form names them (indicatorValue[2]): the form shows the refusal beside that input.
            if (name is null)
            {
                throw SupervisionException.Invalid("input.required", $"'indicatorName[{i}]' is required for the value {raw}.", $"indicatorName[{i}]");
            }

            if (!decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                throw SupervisionException.Invalid("input.number", $"'indicatorValue[{i}]' must be a number, such as 12000 or 3.5.", $"indicatorValue[{i}]");
            }

            list.Add(new Indicator(name, value, Blank(i < form.IndicatorUnit.Count ? form.IndicatorUnit[i] : null)));
        }

        return list;
    }
}
