using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Errors;
using Supervision.Engine.Extensions;
using Supervision.Engine.Obligations;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;
using Text = Supervision.Engine.Access.Text;

namespace Supervision.Engine.Assignments;

/// <summary>Extensions (延期申请): the only way to stop a clock. The agency asks, the office decides.</summary>
public sealed partial class AssignmentGrain
{
    /// <summary>How far ahead an extension may reach.</summary>
    public const int MaxExtensionDays = 730;

    public async Task<AssignmentView> RequestExtensionAsync(DateOnly date, string reason, Actor actor, string? correlationId)
    {
        RequireAgency(actor, Opening.AgencyId, "ask for an extension");
        var checkedReason = Text.Required(reason, "reason", Text.LongMax);
        if (!State.HasApplied(correlationId))
        {
            var owed = Obligation.Of(State);
            if (owed is not { DueAt: { } due } || owed.OwedBy == Obligation.Office)
            {
                throw SupervisionException.Conflict("extension.nothing_due", $"Assignment {Id} owes nothing with a due time now ({State.Status}), so there is nothing to extend.");
            }

            if (ExtensionsPart.Pending(State) is not null)
            {
                throw SupervisionException.Conflict("extension.pending", $"Assignment {Id} already has an extension request waiting for the office.");
            }

            var dueAt = CheckedDate(date, due);
            await RecordAsync(new ExtensionRequested(owed.Kind, date, dueAt, checkedReason), actor, correlationId);
        }

        return await ViewAsync(actor);
    }

    public async Task<AssignmentView> DecideExtensionAsync(bool approve, DateOnly? date, string? note, Actor actor, string? correlationId)
    {
        if (!Supervision.Engine.Access.Parties.IsReviewer(actor, Reviewer))
        {
            RequireCoordinator(actor, "decide extensions");
        }

        var checkedNote = Text.Optional(note, approve ? "note" : "reason", Text.LongMax);
        if (!State.HasApplied(correlationId))
        {
            var asked = ExtensionsPart.Pending(State)
                ?? throw SupervisionException.Conflict("extension.none_pending", $"Assignment {Id} has no extension request waiting.");
            IDomainEvent decision = approve
                ? date is { } granted
                    ? new ExtensionApproved(asked.Obligation, granted, CheckedDate(granted, State.DueAt ?? asked.DueAt), checkedNote)
                    : new ExtensionApproved(asked.Obligation, asked.Date, asked.DueAt, checkedNote)
                : new ExtensionRejected(asked.Obligation, Text.Required(checkedNote, "reason", Text.LongMax));
            await RecordAsync(decision, actor, correlationId);
        }

        return await ViewAsync(actor);
    }

    private DateTimeOffset CheckedDate(DateOnly date, DateTimeOffset currentDue)
    {
        var current = dueTimes.LocalDate(currentDue);
        if (date <= current || date > current.AddDays(MaxExtensionDays))
        {
            throw SupervisionException.Invalid(
                "extension.date", $"'date' must be after the current due date {current:yyyy-MM-dd} and at most {MaxExtensionDays} days later; it is {date:yyyy-MM-dd}.", "date")
                .With("current", current.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        return dueTimes.EndOfDay(date, Definition().Cutoff);
    }
}
