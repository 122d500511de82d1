namespace Supervision.Workflows.Tests.Definition;

/// <summary>A small valid definition whose line numbers the bad-file tests rely on; each test breaks one line.</summary>
internal static class InlineDefinitions
{
    public const string Valid = """
        id: standard
        version: 1
        title: 标准督办流程
        acknowledge_within: 3 working days
        report_every: monthly
        report_grace: 5 working days
        review_within: 5 working days
        rework_within: 10 working days
        ladder:
          - step: remind
            at: -2 working days
            notify: [liaison]
          - step: urge
            at: +1 working day
            notify: [liaison, responsible]

        """;

    /// <summary>The valid text with one exact fragment replaced; fails loudly if the fragment is not there.</summary>
    public static string With(string original, string replacement)
    {
        Assert.Contains(original, Valid, StringComparison.Ordinal);
        return Valid.Replace(original, replacement, StringComparison.Ordinal);
    }
}
