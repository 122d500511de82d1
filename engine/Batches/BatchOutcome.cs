using Supervision.Engine.Errors;

namespace Supervision.Engine.Batches;

/// <summary>
/// What became of one thing a bulk command was asked to do: <c>done</c>, or <c>refused</c> with the engine's own code and
/// sentence. Each thing is applied whole or not at all; one refusal does not stop the others.
/// </summary>
/// <param name="Id">The item (for a dispatch) or the assignment (for a report) it concerns.</param>
/// <param name="Label">What a person knows it by: the item's number and title.</param>
/// <param name="Number">The report's number, for a report.</param>
public sealed record BatchOutcome(string Id, string Label, string Outcome, string? Code = null, string? Message = null, int? Number = null)
{
    public const string Done = "done";
    public const string Refused = "refused";

    /// <summary>The refusal as it was thrown, so pages can say it in the reader's language.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public SupervisionException? Refusal { get; init; }

    public static async Task<BatchOutcome> RunAsync(string id, string label, int? number, Func<Task> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        try
        {
            await command();
            return new BatchOutcome(id, label, Done, Number: number);
        }
        catch (SupervisionException e)
        {
            return new BatchOutcome(id, label, Refused, e.Code, e.Message, number) { Refusal = e };
        }
    }
}
