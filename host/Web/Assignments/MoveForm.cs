using Supervision.Workflows.Cycle;

namespace Supervision.Host.Web.Assignments;

/// <summary>What any move's form may carry; each move reads the fields it needs.</summary>
public sealed class MoveForm
{
    public CycleTrigger Move { get; set; }

    /// <summary>The form's operation id: the same id twice records one event.</summary>
    public string? Op { get; set; }

    public string? Text { get; set; }

    public string? Responsible { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? ToAgency { get; set; }

    /// <summary>The reporting period a progress report answers for (empty: the next one owed).</summary>
    public string? Period { get; set; }

    public List<string?> IndicatorName { get; set; } = [];

    public List<string?> IndicatorValue { get; set; } = [];

    public List<string?> IndicatorUnit { get; set; } = [];

    public IFormFileCollection? Files { get; set; }
}
