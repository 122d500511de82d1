using Supervision.Engine.Audit;
using Supervision.Engine.Audit.Events;
using Supervision.Engine.Trail.Words;

namespace Supervision.Engine.Trail.Story;

/// <summary>What the access audit says: who signed in or out, from where, which token, user or file it touched.</summary>
internal static class AuditClauses
{
    public static Word? Of(IDomainEvent e) => e is AccessAudited x ? Tell(x) : null;

    private static Word Tell(AccessAudited x)
    {
        var from = new Word(x.Address is { } a ? $"（来自 {a}）" : "", x.Address is { } b ? $" (from {b})" : "");
        var about = new Word(x.Subject is { } s ? $"「{s}」" : "", x.Subject is { } t ? $" \"{t}\"" : "");
        var user = x.User ?? "—";
        return x.Kind switch
        {
            AuditKinds.SignIn => new($"以用户 {user} 登录{from.Zh}", $"signed in as {user}{from.En}"),
            AuditKinds.SignInFailed => new($"拒绝了用户名 {user} 的登录{from.Zh}", $"refused a sign-in as {user}{from.En}"),
            AuditKinds.SignOut => new($"退出登录{from.Zh}", $"signed out{from.En}"),
            AuditKinds.TokenIssued => new($"为用户 {user} 签发令牌{about.Zh}{from.Zh}", $"issued a token{about.En} for {user}{from.En}"),
            AuditKinds.PasswordChanged => new($"修改了用户 {user} 的密码{from.Zh}", $"changed the password of {user}{from.En}"),
            AuditKinds.UserAdded => new($"新建用户 {user}{about.Zh}{from.Zh}", $"added the user {user}{about.En}{from.En}"),
            AuditKinds.Export => new($"导出下载{about.Zh}{from.Zh}", $"downloaded{about.En}{from.En}"),
            _ => new($"{AuditKinds.Of(x.Kind).Zh}{from.Zh}", $"{AuditKinds.Of(x.Kind).En}{from.En}"),
        };
    }
}
