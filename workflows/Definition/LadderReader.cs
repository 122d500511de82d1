using YamlDotNet.RepresentationModel;

namespace Supervision.Workflows.Definition;

/// <summary>Reads and checks the <c>ladder:</c> list of a definition.</summary>
internal static class LadderReader
{
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["step"] = $"one of {string.Join(", ", LadderSteps.Names)}",
        ["at"] = "the offset from the due time, for example '+1 working day'",
        ["notify"] = "a list such as [liaison, responsible]",
    };

    private static readonly Dictionary<string, NoticeRecipient> Recipients = new(StringComparer.Ordinal)
    {
        ["liaison"] = NoticeRecipient.Liaison,
        ["responsible"] = NoticeRecipient.Responsible,
        ["agency_head"] = NoticeRecipient.AgencyHead,
        ["office"] = NoticeRecipient.Office,
        ["leading_group"] = NoticeRecipient.LeadingGroup,
    };

    public static IReadOnlyList<EscalationStep>? Read(YamlNode node, FieldReader reader)
    {
        if (node is not YamlSequenceNode list)
        {
            reader.Add(node.Start, $"'ladder' must be a list of steps, not a {FieldReader.Shape(node)}.");
            return null;
        }

        if (list.Children.Count == 0)
        {
            reader.Add(node.Start, "'ladder' is empty; an overdue obligation needs at least one escalation step.");
            return null;
        }

        var before = reader.Errors.Count;
        var steps = new List<EscalationStep>();
        EscalationStep? previous = null;
        foreach (var item in list.Children)
        {
            if (ReadStep(item, reader) is not var (step, atNode))
            {
                previous = null;
                continue;
            }

            // Steps fire in list order; a later step at an earlier time would never be reached.
            if (previous is not null && step.At.ApproximateHours <= previous.At.ApproximateHours)
            {
                reader.Add(atNode.Start, $"Step '{LadderSteps.Name(step.Kind)}' at '{step.At}' must come after the step before it ('{LadderSteps.Name(previous.Kind)}' at '{previous.At}'); list steps in increasing 'at' order.");
            }

            steps.Add(step);
            previous = step;
        }

        return reader.Errors.Count == before ? steps.AsReadOnly() : null;
    }

    private static (EscalationStep Step, YamlNode AtNode)? ReadStep(YamlNode item, FieldReader reader)
    {
        if (item is not YamlMappingNode mapping)
        {
            reader.Add(item.Start, $"Each ladder step must be a mapping with step, at and notify, not a {FieldReader.Shape(item)}.");
            return null;
        }

        var fields = reader.Fields(mapping, "the ladder step", Keys);
        EscalationStepKind? kind = null;
        if (fields.TryGetValue("step", out var stepNode) && reader.Text(stepNode, "step") is { } word)
        {
            kind = LadderSteps.Parse(word);
            if (kind is null)
            {
                reader.Add(stepNode.Start, $"Unknown step '{word}'; use one of {string.Join(", ", LadderSteps.Names)}.");
            }
        }

        var at = fields.TryGetValue("at", out var atNode) ? reader.SpanOf(atNode, "at", SpanSign.Any) : null;
        var notify = fields.TryGetValue("notify", out var notifyNode) ? ReadRecipients(notifyNode, reader) : null;
        return kind is { } stepKind && at is { } offset && notify is not null
            ? (new EscalationStep(stepKind, offset, notify), atNode!)
            : null;
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<NoticeRecipient>? ReadRecipients(YamlNode node, FieldReader reader)
    {
        if (node is not YamlSequenceNode list || list.Children.Count == 0)
        {
            reader.Add(node.Start, "'notify' must be a non-empty list of recipients, for example [liaison, responsible].");
            return null;
        }

        var recipients = new List<NoticeRecipient>();
        var ok = true;
        foreach (var entry in list.Children)
        {
            var word = reader.Text(entry, "notify");
            if (word is null)
            {
                ok = false;
            }
            else if (!Recipients.TryGetValue(word, out var recipient))
            {
                reader.Add(entry.Start, $"Unknown recipient '{word}'; use one of {string.Join(", ", Recipients.Keys)}.");
                ok = false;
            }
            else if (recipients.Contains(recipient))
            {
                reader.Add(entry.Start, $"Recipient '{word}' is listed twice.");
                ok = false;
            }
            else
            {
                recipients.Add(recipient);
            }
        }

        return ok ? recipients.AsReadOnly() : null;
    }
}
