using System.Security.Cryptography;
using System.Text;
using Supervision.Engine.Obligations;
using Supervision.Workflows.Calendar;
using OwedRow = Supervision.Engine.Simulation.OwedRow;

namespace Supervision.Host.Simulation;

/// <summary>
/// When the synthetic agency (or the office) meets an obligation, decided once per obligation from the seed, so the same
/// seed gives the same run. Punctual agencies acknowledge within a working day, report in the first days after a period
/// ends, contribute and complete a few working days before the due day — all before the reminder. Under
/// <c>some-late</c> a seeded share of the agencies (and a few obligations of the others) act days late or never.
/// The office reviews within its window. Null: never.
/// </summary>
public sealed class Behaviour(Profile profile, int seed, DueTimes times)
{
    /// <summary>Share of agencies that lag under <c>some-late</c>.</summary>
    public const double LaggardShare = 0.35;

    private readonly Dictionary<string, DateOnly?> _decided = new(StringComparer.Ordinal);

    public DateOnly? ActOn(OwedRow owed)
    {
        if (!_decided.TryGetValue(owed.Id, out var day))
        {
            day = Decide(owed);
            _decided[owed.Id] = day;
        }

        return day;
    }

    private DateOnly? Decide(OwedRow owed)
    {
        var random = new Random(Hash($"{seed}|{owed.Id}"));
        var opened = times.LocalDate(owed.OpenedAt);
        if (owed.OwedBy == Obligation.Office)
        {
            return ObligationKinds.Review.Is(owed.Kind) ? WorkingDays(opened, random.Next(1, 4)) : null;
        }

        if (profile == Profile.Silent || ObligationKinds.SettleDispute.Is(owed.Kind))
        {
            return null;
        }

        var onTime = OnTime(owed, opened, random);
        if (profile == Profile.Punctual || onTime is null || owed.DueAt is not { } due)
        {
            return onTime;
        }

        var laggard = new Random(Hash($"{seed}|agency|{owed.AgencyId}")).NextDouble() < LaggardShare;
        var draw = random.NextDouble();
        var (never, late) = laggard ? (0.2, 0.7) : (0.0, 0.1);
        return draw < never ? null
            : draw < late ? WorkingDays(times.LocalDate(due), random.Next(1, laggard ? 16 : 6))
            : onTime;
    }

    private DateOnly? OnTime(OwedRow owed, DateOnly opened, Random random)
    {
        if (ObligationKinds.Acknowledge.Is(owed.Kind))
        {
            return WorkingDays(opened, random.Next(0, 2));
        }

        if (owed.DueAt is not { } dueAt)
        {
            // No due day (an item without a deadline): nothing tells the agency when, so it keeps working on it.
            return null;
        }

        var due = times.LocalDate(dueAt);
        var before = ObligationKinds.Report.Is(owed.Kind) ? random.Next(3, 5)
            : ObligationKinds.Contribute.Is(owed.Kind) ? random.Next(8, 13)
            : random.Next(3, 6);
        var day = WorkingDays(due, -before);
        return day < opened ? opened : day;
    }

    private DateOnly WorkingDays(DateOnly from, int count) => count == 0 ? from : times.Calendar.AddWorkingDays(from, count).Date;

    private static int Hash(string text) => BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0);
}
