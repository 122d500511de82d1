using System.CommandLine;
using System.Diagnostics;
using Supervision.Engine.Import;

namespace Supervision.Host.Cli;

/// <summary>
/// <c>import &lt;file&gt; [--dry-run] [--json] [--url] [--token] [--plan-id] [--allow-duplicate]</c>: reads a plan document (.txt, .docx, .xlsx, .pdf)
/// and prints the draft; without <c>--dry-run</c> it uploads the file to the running host and commits it into an
/// undispatched plan. Exit 0 done, 1 the host refused or could not be reached, 2 the file cannot be read.
/// </summary>
public static class ImportVerb
{
    public const string TokenVariable = "SUPERVISION_TOKEN";

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The plan document: .txt (UTF-8 or GB18030), .docx, .xlsx (a task-breakdown table) or .pdf with a text layer." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only read and print the draft; create nothing." };
        var json = new Option<bool>("--json") { Description = "Print the draft as JSON instead of a summary." };
        var url = new Option<string>("--url") { Description = "The running host.", DefaultValueFactory = _ => "http://127.0.0.1:5080/" };
        var token = new Option<string?>("--token") { Description = $"A coordinator's API token (see 'users token'); default: ${TokenVariable}." };
        var planId = new Option<string?>("--plan-id") { Description = "The new plan's id; default: derived from the draft." };
        var allowDuplicate = new Option<bool>("--allow-duplicate")
        {
            Description = "Create the plan even when a plan from the same document (same text, or same title and issue date) exists.",
        };
        var command = new Command("import", "Import a plan document: preview it, or create the plan (undispatched) on the running host.")
        {
            file, dryRun, json, url, token, planId, allowDuplicate,
        };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(file)!;
            var draft = await ReadAsync(path, error, ct);
            if (draft is null)
            {
                return 2;
            }

            var asJson = parse.GetValue(json);
            if (asJson)
            {
                await output.WriteLineAsync(PlanDraftJson.Write(draft));
            }
            else
            {
                DraftSummary.Write(output, draft);
            }

            if (parse.GetValue(dryRun))
            {
                return 0;
            }

            var bearer = parse.GetValue(token) ?? Environment.GetEnvironmentVariable(TokenVariable);
            if (string.IsNullOrWhiteSpace(bearer))
            {
                await error.WriteLineAsync($"To create the plan, pass a coordinator's token with --token or ${TokenVariable}; or use --dry-run to only preview.");
                return 1;
            }

            if (!Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var host) || host.Scheme is not ("http" or "https"))
            {
                await error.WriteLineAsync($"--url must be the host's address, such as http://127.0.0.1:5080/ (was '{parse.GetValue(url)}').");
                return 1;
            }

            var choice = new HostImport.Choice(parse.GetValue(planId), parse.GetValue(allowDuplicate));
            return await CommitAsync(path, host, bearer, choice, asJson ? error : output, error, ct);
        });
        return command;
    }

    private static async Task<PlanDraft?> ReadAsync(FileInfo path, TextWriter error, CancellationToken ct)
    {
        await error.WriteLineAsync($"reading {path.FullName} …");
        var clock = Stopwatch.StartNew();
        try
        {
            var draft = await PlanImporter.ImportFileAsync(path.FullName, ocr: new Engine.Import.Ocr.TesseractOcr(), cancellation: ct);
            await error.WriteLineAsync($"read {draft.Items.Count} items, {draft.Agencies.Count} agencies, {draft.Warnings.Count} warnings in {clock.ElapsedMilliseconds} ms");
            return draft;
        }
        catch (ImportException e)
        {
            await error.WriteLineAsync($"cannot import {path.FullName} ({e.Code}): {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"cannot read {path.FullName}: {e.Message}");
        }

        return null;
    }

    private static async Task<int> CommitAsync(FileInfo path, Uri url, string token, HostImport.Choice choice, TextWriter result, TextWriter error, CancellationToken ct)
    {
        await error.WriteLineAsync($"uploading to {url} and committing …");
        try
        {
            using var host = new HostImport(url, token);
            var (plan, draftId, refusal) = await host.CommitAsync(path.FullName, choice, ct);
            if (plan is not { } created)
            {
                await error.WriteLineAsync($"the host refused: {refusal}");
                if (draftId is not null)
                {
                    await error.WriteLineAsync($"the draft is kept as {draftId}: correct it with PATCH {new Uri(url, $"api/v1/imports/{draftId}")}, then POST …/commit.");
                }

                return 1;
            }

            var id = created.GetProperty("id").GetString();
            await result.WriteLineAsync($"created plan {id} with {created.GetProperty("item_ids").GetArrayLength()} items, not yet dispatched: {new Uri(url, $"api/v1/plans/{id}")}");
            return 0;
        }
        catch (HttpRequestException e)
        {
            await error.WriteLineAsync($"cannot reach the host at {url}: {e.Message}");
            return 1;
        }
    }
}
