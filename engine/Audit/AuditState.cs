using Supervision.Engine.Trail;

namespace Supervision.Engine.Audit;

/// <summary>A day's audit stream keeps nothing to decide on: every access is recorded as it comes.</summary>
[GenerateSerializer]
public sealed class AuditState : TrailState
{
    protected override void When(TrailEntry entry)
    {
    }
}
