using System.Text.Json;
using Supervision.Engine.Agencies.Events;
using Supervision.Engine.Errors;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;
using Limits = Supervision.Engine.Access.Limits;
using Text = Supervision.Engine.Access.Text;

namespace Supervision.Engine.Agencies;

public sealed class AgencyGrain(IEventStore store, TimeProvider clock) : TrailGrain<AgencyState>(store, clock), IAgencyGrain
{
    protected override string StreamPrefix => StreamIds.AgencyKind;

    public async Task<AgencyView> RegisterAsync(AgencyProfile profile, Actor actor, string? correlationId)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var parent = string.IsNullOrWhiteSpace(profile.ParentId) ? null : profile.ParentId.Trim();
        await RegistryKeeper.RequireAsync(Tables, actor, parent, "register agencies");
        if (State.HasApplied(correlationId))
        {
            return View();
        }

        if (State.Exists)
        {
            throw SupervisionException.Conflict("agency.exists", $"Agency '{this.GetPrimaryKeyString()}' ({State.Name}) is already registered.");
        }

        var aliases = Limits.Bounded(profile.Aliases, "aliases", Limits.AliasesPerAgency)!.Select((a, i) => Text.Required(a, $"aliases[{i}]")).Distinct().ToList();
        var members = Limits.Bounded(profile.Members, "members", Limits.MembersPerGroup)!.Select((m, i) => Text.Required(m, $"members[{i}]")).Distinct().ToList();
        for (var i = 0; i < members.Count; i++)
        {
            // A group lists registered agencies; never itself (a grain calling itself would wait on itself).
            if (members[i] == this.GetPrimaryKeyString() || await GrainFactory.GetGrain<IAgencyGrain>(members[i]).GetAsync() is null)
            {
                throw SupervisionException.Invalid("agency.unknown_member", $"Group member '{members[i]}' is not a registered agency.", $"members[{i}]");
            }
        }

        if (members.Count > 0 && !profile.IsGroup)
        {
            throw SupervisionException.Invalid("agency.members_without_group", "Only a group agency (is_group: true) has members.", "members");
        }

        // The contacts are checked before anything is recorded and recorded with the registration: refused whole or kept whole.
        IDomainEvent registered = new AgencyRegistered(Text.Required(profile.Name, "name"), Text.Optional(profile.Kind, "kind") ?? "department", aliases, profile.IsGroup, members);
        List<IDomainEvent> events = [registered];
        if (profile.Liaison is not null || profile.Head is not null)
        {
            events.Add(new AgencyContactsChanged(Checked(profile.Liaison, "liaison"), Checked(profile.Head, "head")));
        }

        // Registered with its parent in one commit: an agency registering below itself never leaves one outside it.
        if (parent is not null)
        {
            await AgencyAncestry.CheckAsync(Tables, this.GetPrimaryKeyString(), profile.Name, parent);
            events.Add(new AgencyParentChanged(parent));
        }

        await RecordAsync(events, actor, correlationId);
        return View();
    }

    public async Task<AgencyView> SetContactsAsync(Contact? liaison, Contact? head, Actor actor, string? correlationId)
    {
        RequireAdminOrCoordinator(actor, "change agency contacts");
        RequireExists();
        if (!State.HasApplied(correlationId))
        {
            await RecordAsync(new AgencyContactsChanged(Checked(liaison, "liaison"), Checked(head, "head")), actor, correlationId);
        }

        return View();
    }

    public async Task<AgencyView> SetAliasesAsync(IReadOnlyList<string> aliases, Actor actor, string? correlationId)
    {
        RequireExists();
        await RegistryKeeper.RequireAsync(Tables, actor, State.ParentId, "change agency aliases");
        if (State.HasApplied(correlationId))
        {
            return View();
        }

        var names = (Limits.Bounded(aliases, "aliases", Limits.AliasesPerAgency) ?? []).Select((a, i) => Text.Required(a, $"aliases[{i}]")).Distinct().ToList();
        // An alias that names another agency would make every import of it ambiguous: refuse it here.
        var taken = await Tables.QueryAsync("SELECT id, name, aliases FROM agencies WHERE id <> @id",
            new Dictionary<string, object?> { ["id"] = this.GetPrimaryKeyString() },
            r => (Id: r.GetString(0), Names: JsonSerializer.Deserialize<List<string>>(r.GetString(2), EventCodec.Json)!.Append(r.GetString(1)).ToList()));
        for (var i = 0; i < names.Count; i++)
        {
            if (taken.FirstOrDefault(t => t.Names.Contains(names[i], StringComparer.Ordinal)) is { Id: not null } other)
            {
                throw SupervisionException.Invalid("agency.alias_taken", $"'{names[i]}' already names agency '{other.Id}'.", $"aliases[{i}]");
            }
        }

        await RecordAsync(new AgencyAliasesChanged(names), actor, correlationId);
        return View();
    }

    public async Task<AgencyView> SetParentAsync(string? parentId, Actor actor, string? correlationId)
    {
        RequireExists();
        var parent = string.IsNullOrWhiteSpace(parentId) ? null : parentId.Trim();
        // An agency moves what is below it, and only to somewhere still below it.
        await RegistryKeeper.RequireAsync(Tables, actor, State.ParentId, "change an agency's parent");
        await RegistryKeeper.RequireAsync(Tables, actor, parent, "change an agency's parent");
        if (State.HasApplied(correlationId) || parent == State.ParentId)
        {
            return View();
        }

        if (parent is not null)
        {
            await AgencyAncestry.CheckAsync(Tables, this.GetPrimaryKeyString(), State.Name, parent);
        }

        await RecordAsync(new AgencyParentChanged(parent), actor, correlationId);
        return View();
    }

    public async Task<AgencyView> RenameAsync(string name, Actor actor, string? correlationId)
    {
        RequireExists();
        await RegistryKeeper.RequireAsync(Tables, actor, State.ParentId, "rename agencies");
        var checkedName = Text.Required(name, "name");
        if (!State.HasApplied(correlationId) && checkedName != State.Name)
        {
            await RecordAsync(new AgencyRenamed(checkedName), actor, correlationId);
        }

        return View();
    }

    public Task<AgencyView?> GetAsync() => Task.FromResult(State.Exists ? View() : null);

    public Task<AgencyView?> ReadAsync(Actor reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Task.FromResult(!State.Exists ? null : SeesContactsOf(reader, this.GetPrimaryKeyString()) ? View() : View().WithoutContacts());
    }

    protected override IEnumerable<ProjectionWrite> Project(AgencyState state) => [AgencyRows.Upsert(this.GetPrimaryKeyString(), state)];

    private static Contact? Checked(Contact? contact, string field) => contact is null
        ? null
        : new Contact(
            Text.Required(contact.Name, $"{field}.name"),
            Text.Optional(contact.Phone, $"{field}.phone", 40),
            CheckedEmail(contact.Email, $"{field}.email"));

    private static string? CheckedEmail(string? email, string field)
    {
        var value = Text.Optional(email, field, 254);
        if (!string.IsNullOrEmpty(value) && (value.IndexOf('@', StringComparison.Ordinal) is <= 0 || value.EndsWith('@')))
        {
            throw SupervisionException.Invalid("input.email", $"'{field}' is not an e-mail address: '{value}'.", field);
        }

        return string.IsNullOrEmpty(value) ? null : value;
    }

    private void RequireExists()
    {
        if (!State.Exists)
        {
            throw SupervisionException.NotFound("agency", this.GetPrimaryKeyString());
        }
    }

    private AgencyView View() => new(
        this.GetPrimaryKeyString(), State.Name, State.Kind, State.Aliases, State.IsGroup, State.Members, State.Liaison, State.Head, Version, ParentId: State.ParentId);
}
