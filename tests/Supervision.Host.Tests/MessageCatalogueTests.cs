using System.Reflection;
using System.Text.RegularExpressions;
using Supervision.Engine.Errors;
using Supervision.Host.Api;

namespace Supervision.Host.Tests;

/// <summary>Every code the engine or the host can answer has a Chinese sentence, and one that needs no values.</summary>
public sealed partial class MessageCatalogueTests
{
    [Fact]
    public void Every_code_the_sources_can_produce_has_a_chinese_sentence()
    {
        var missing = ProducedCodes().Where(c => !MessageCatalogue.Has(c)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "No Chinese sentence for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_thing_a_404_can_name_has_a_chinese_name()
    {
        var untranslated = Sources()
            .SelectMany(text => NotFoundNoun().Matches(text).Select(m => m.Groups["what"].Value))
            .Distinct()
            .Where(what => MessageCatalogue.Chinese("not_found", null, new Dictionary<string, string> { ["what"] = what, ["id"] = "x" }).Contains(what, StringComparison.Ordinal))
            .ToList();

        Assert.Empty(untranslated);
    }

    [Fact]
    public void The_scan_finds_the_codes_it_is_meant_to_find()
    {
        var codes = ProducedCodes();

        Assert.Contains("input.required", codes);
        Assert.Contains("cycle.terminal", codes);
        Assert.Contains("import.zip_bomb", codes);
        Assert.Contains("idempotency.key_reused", codes);
        Assert.Contains("auth.required", codes);
        Assert.Contains("request.unknown_member", codes);
    }

    [Fact]
    public void Every_code_has_a_sentence_that_needs_no_values()
    {
        var unfillable = MessageCatalogue.Codes.Where(c => MessageCatalogue.Templates(c)[^1].Contains('{', StringComparison.Ordinal)).ToList();

        Assert.Empty(unfillable);
    }

    private static HashSet<string> ProducedCodes()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in Sources())
        {
            foreach (Match m in CodeAtThrowSite().Matches(text))
            {
                codes.Add(m.Groups["code"].Value);
            }
        }

        // Codes kept as constants (the cycle's, the importer's), and those the host gives answers without one.
        foreach (var type in new[] { typeof(Supervision.Workflows.Cycle.CycleCodes), typeof(Supervision.Engine.Import.ImportErrorCodes) })
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            {
                codes.Add((string)field.GetRawConstantValue()!);
            }
        }

        foreach (var status in Enumerable.Range(400, 200))
        {
            codes.Add(Problems.DefaultCode(status));
        }

        codes.Add(new SupervisionException().Code);
        return codes;
    }

    private static IEnumerable<string> Sources()
    {
        var root = RepositoryRoot();
        return new[] { "engine", "host", "workflows" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Supervision.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Supervision.sln not found above the test's folder.");
    }

    // A code literal where a refusal is made: SupervisionException.Invalid/Conflict("…"), new(FailureKind.X, "…"),
    // Problems.From(FailureKind.X, "…"), RequirePage(…, "…"), ["code"] = "…", Extensions("…"), and the (status, "code", …) tuples.
    [GeneratedRegex(@"(?:(?:Invalid|Conflict|Extensions)\(\s*|FailureKind\.\w+,\s*|RequirePage\([^;)]*?,\s*|\[""code""\]\s*=\s*|\([45]\d{2},\s*)""(?<code>[a-z_]+(?:\.[a-z_]+)*)""")]
    private static partial Regex CodeAtThrowSite();

    [GeneratedRegex(@"NotFound\(\s*""(?<what>[^""]+)""")]
    private static partial Regex NotFoundNoun();
}
