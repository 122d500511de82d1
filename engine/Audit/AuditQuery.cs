using Supervision.Engine.Access;
using Supervision.Engine.Errors;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Audit;

/// <summary>The security log for the admin and the inspectors (nobody else), newest first.</summary>
public sealed class AuditQuery(ITables tables)
{
    public static bool MayRead(Actor actor) => actor?.Role is Roles.Admin or Roles.Inspector;

    public Task<List<AuditRecord>> ListAsync(Actor actor, AuditFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!MayRead(actor))
        {
            throw SupervisionException.Forbidden("Only the administrator and inspectors read the access audit.");
        }

        var where = new List<string>();
        var args = new Dictionary<string, object?> { ["limit"] = filter.Limit, ["offset"] = filter.Offset };
        Add(where, args, "user_name = @user", "user", filter.User);
        Add(where, args, "kind = @kind", "kind", filter.Kind);
        Add(where, args, "at >= @from", "from", filter.From is { } f ? TrailTime.Format(f) : null);
        Add(where, args, "at <= @to", "to", filter.To is { } t ? TrailTime.Format(t) : null);
        var clause = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        return tables.QueryAsync(
            $"SELECT {AuditRows.Columns} FROM audit_entries {clause} ORDER BY at DESC, stream DESC, version DESC LIMIT @limit OFFSET @offset",
            args,
            r => new AuditRecord(TrailTime.Parse(r.GetString(0)), r.GetString(1), r.NullableString(2), r.NullableString(3), r.NullableString(4), r.GetString(5)),
            cancellationToken);
    }

    private static void Add(List<string> where, Dictionary<string, object?> args, string condition, string name, string? value)
    {
        if (value is not null)
        {
            where.Add(condition);
            args[name] = value;
        }
    }
}
