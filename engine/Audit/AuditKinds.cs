using Supervision.Engine.Trail.Words;

namespace Supervision.Engine.Audit;

/// <summary>The kinds of access the audit records, as the API spells them and as people read them.</summary>
public static class AuditKinds
{
    public const string SignIn = "sign_in";
    public const string SignInFailed = "sign_in_failed";
    public const string SignOut = "sign_out";
    public const string TokenIssued = "token_issued";
    public const string PasswordChanged = "password_changed";
    public const string UserAdded = "user_added";
    public const string Export = "export";

    private static readonly Dictionary<string, Word> Words = new(StringComparer.Ordinal)
    {
        [SignIn] = new("登录", "Signed in"),
        [SignInFailed] = new("登录被拒", "Sign-in refused"),
        [SignOut] = new("退出登录", "Signed out"),
        [TokenIssued] = new("签发令牌", "Token issued"),
        [PasswordChanged] = new("修改密码", "Password changed"),
        [UserAdded] = new("新建用户", "User added"),
        [Export] = new("导出下载", "Export downloaded"),
    };

    public static IReadOnlyCollection<string> All => Words.Keys;

    public static bool IsKnown(string kind) => Words.ContainsKey(kind);

    public static Word Of(string kind) => Words.GetValueOrDefault(kind) ?? Word.Unknown(kind);
}
