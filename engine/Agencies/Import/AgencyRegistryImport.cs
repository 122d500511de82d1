using System.Security.Cryptography;
using Supervision.Engine.Errors;
using Supervision.Engine.Trail;
using Supervision.Engine.Access;

namespace Supervision.Engine.Agencies.Import;

/// <summary>
/// Loading a registry of agencies in one step: read the file into a kept preview, then commit it through each agency's
/// own intents (register, rename, aliases, parent). Every step carries a correlation id made from the import and the
/// agency, so a commit cut short is finished by committing again, and a file committed twice changes nothing the second time.
/// The office (coordinator or administrator), or an agency user for agencies below its own agency (each row must lie
/// there; an agency user reads only its own uploads), checked here for every call and again by each agency's grain.
/// </summary>
public sealed class AgencyRegistryImport(ITables tables, IGrainFactory grains, TimeProvider clock)
{
    private const string Doing = "import agencies";

    public async Task<RegistryPreview> PreviewAsync(Actor actor, byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireImporter(actor);
        var file = RegistryFile.Read(content, fileName);
        var id = $"agi-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5))}";
        await RegistryImportRows.InsertAsync(tables, id, actor.UserId, fileName, file, clock.GetUtcNow(), cancellationToken);
        return RegistryPlan.Preview(id, fileName, file, await RegistryImportRows.RegisteredAsync(tables, cancellationToken), null, Keeper(actor));
    }

    /// <summary>The preview against the registry as it is now (another import may have run since the upload).</summary>
    public async Task<RegistryPreview> GetAsync(Actor actor, string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireImporter(actor);
        var kept = await RegistryImportRows.FindAsync(tables, id, cancellationToken);
        if (kept is null || (Keeper(actor) is not null && kept.UserId != actor.UserId))
        {
            throw SupervisionException.NotFound("agency import", id);
        }

        return RegistryPlan.Preview(kept.Id, kept.FileName, kept.File, await RegistryImportRows.RegisteredAsync(tables, cancellationToken), kept.CommittedAt, Keeper(actor));
    }

    /// <summary>Applies the preview; refused while it lists problems. Answers what it changed.</summary>
    public async Task<RegistryPreview> CommitAsync(Actor actor, string id, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var preview = await GetAsync(actor, id, cancellationToken);
        if (preview.Problems.Count > 0)
        {
            throw SupervisionException.Invalid("agency.import_problems", $"The file still has {preview.Problems.Count} problems (the first at line {preview.Problems[0].Line}); correct the file and upload it again.", "file")
                .With("count", preview.Problems.Count);
        }

        var kept = (await RegistryImportRows.FindAsync(tables, id, cancellationToken))!;
        var rows = kept.File.Rows;
        var done = 0;
        // Parents first, each new agency registered with its parent: an agency importing below itself is never refused
        // for a parent it has not registered yet, nor leaves an agency outside its subtree between two steps.
        foreach (var row in RegistryPlan.ParentsFirst(rows, await RegistryImportRows.RegisteredAsync(tables, cancellationToken)))
        {
            var agency = grains.GetGrain<IAgencyGrain>(row.Id);
            if (preview.Added.Any(a => a.Id == row.Id))
            {
                await agency.RegisterAsync(new AgencyProfile(row.Name, row.Kind ?? "department", row.Aliases ?? [], false, [], ParentId: row.ParentId), actor, $"{id}:{row.Id}:register");
            }
            else
            {
                await agency.RenameAsync(row.Name, actor, $"{id}:{row.Id}:name");
                if (row.Aliases is { } aliases && preview.Aliases.Any(a => a.Id == row.Id))
                {
                    await agency.SetAliasesAsync(aliases, actor, $"{id}:{row.Id}:aliases");
                }
            }

            progress?.Report(++done);
        }

        foreach (var row in RegistryPlan.ParentsFirst(rows, await RegistryImportRows.RegisteredAsync(tables, cancellationToken)))
        {
            await grains.GetGrain<IAgencyGrain>(row.Id).SetParentAsync(row.ParentId, actor, $"{id}:{row.Id}:parent");
        }

        await RegistryImportRows.MarkCommittedAsync(tables, id, clock.GetUtcNow(), cancellationToken);
        return preview with { CommittedAt = clock.GetUtcNow() };
    }

    /// <summary>Refuses a role that may not import agencies at all (an inspector), before a byte of its upload is read.</summary>
    public static void RequireImporter(Actor actor)
    {
        if (actor.Role is not (Roles.Admin or Roles.Coordinator or Roles.Agency))
        {
            throw SupervisionException.Forbidden($"Only an administrator, a coordinator or an agency user (below its own agency) may {Doing}; you are signed in as {actor.Role}.");
        }
    }

    private static string? Keeper(Actor actor) => actor.Role == Roles.Agency ? actor.AgencyId : null;
}
