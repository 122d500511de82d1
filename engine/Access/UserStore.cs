using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Supervision.Engine.Errors;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Access;

/// <summary>
/// Users and API tokens. Passwords are hashed with ASP.NET Core Identity's password hasher; tokens are random,
/// shown once, and stored only as their SHA-256.
/// </summary>
public sealed class UserStore(ITables tables, TimeProvider clock)
{
    private static readonly PasswordHasher<User> Hasher = new();

    // Every request presents its token: without this, each one read the tokens and users tables first.
    private readonly TokenCache _tokens = new(clock);

    public async Task<User> AddAsync(string username, string displayName, string role, string? agencyId, string password, CancellationToken cancellationToken = default)
    {
        username = Text.Required(username, "username", 64);
        if (!username.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            throw SupervisionException.Invalid("user.username", "A username may contain only letters, digits, '.', '-' and '_'.", "username");
        }

        if (!Roles.Human.Contains(role))
        {
            throw SupervisionException.Invalid("user.role", $"Role must be one of {string.Join(", ", Roles.Human)} (was '{role}').", "role");
        }

        if ((role == Roles.Agency) != (agencyId is not null))
        {
            throw SupervisionException.Invalid("user.agency", "An agency user needs an agency_id; other roles must not have one.", "agency_id");
        }

        if (agencyId is not null && (await tables.QueryAsync("SELECT id FROM agencies WHERE id = @id", new Dictionary<string, object?> { ["id"] = agencyId }, r => r.GetString(0), cancellationToken)).Count == 0)
        {
            throw SupervisionException.Invalid("agency.unknown", $"Agency '{agencyId}' is not registered.", "agency_id");
        }

        CheckPassword(password);
        if (await FindAsync(username, cancellationToken) is not null)
        {
            throw SupervisionException.Conflict("user.exists", $"A user named '{username}' already exists.");
        }

        var user = new User("u-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)), username, Text.Required(displayName, "display_name", 100), role, agencyId, false);
        await WriteAsync([new ProjectionWrite(
            "INSERT INTO users (id, username, display_name, role, agency_id, password_hash, disabled, created_at) VALUES (@id, @username, @display_name, @role, @agency_id, @hash, @disabled, @created_at)",
            new Dictionary<string, object?>
            {
                ["id"] = user.Id, ["username"] = user.Username, ["display_name"] = user.DisplayName, ["role"] = user.Role,
                ["agency_id"] = user.AgencyId, ["hash"] = Hasher.HashPassword(user, password), ["disabled"] = false,
                ["created_at"] = clock.GetUtcNow(),
            })], cancellationToken);
        return user;
    }

    public async Task<User?> SignInAsync(string username, string password, CancellationToken cancellationToken = default)
    {
        var found = await FindWithHashAsync("username = @v", username, cancellationToken);
        if (found is not { } f || f.User.Disabled)
        {
            return null;
        }

        return Hasher.VerifyHashedPassword(f.User, f.Hash, password) == PasswordVerificationResult.Failed ? null : f.User;
    }

    public async Task SetPasswordAsync(string username, string password, CancellationToken cancellationToken = default)
    {
        CheckPassword(password);
        var user = await FindAsync(username, cancellationToken) ?? throw SupervisionException.NotFound("user", username);
        await WriteAsync([new ProjectionWrite(
            "UPDATE users SET password_hash = @hash WHERE id = @id",
            new Dictionary<string, object?> { ["hash"] = Hasher.HashPassword(user, password), ["id"] = user.Id })], cancellationToken);
    }

    /// <summary>Issues a bearer token for the user; the token itself is returned once and never stored.</summary>
    public async Task<string> IssueTokenAsync(string username, string name, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(username, cancellationToken) ?? throw SupervisionException.NotFound("user", username);
        var token = "sv_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await WriteAsync([new ProjectionWrite(
            "INSERT INTO tokens (hash, user_id, name, created_at) VALUES (@hash, @user_id, @name, @created_at)",
            new Dictionary<string, object?>
            {
                ["hash"] = HashToken(token), ["user_id"] = user.Id, ["name"] = Text.Required(name, "name", 100), ["created_at"] = clock.GetUtcNow(),
            })], cancellationToken);
        return token;
    }

    public async Task<User?> FromTokenAsync(string token, CancellationToken cancellationToken = default)
    {
        var hash = HashToken(token);
        if (_tokens.Find(hash) is { } known)
        {
            return known;
        }

        var generation = _tokens.Generation;
        var rows = await tables.QueryAsync("SELECT u.id, u.username, u.display_name, u.role, u.agency_id, u.disabled FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.hash = @hash",
            new Dictionary<string, object?> { ["hash"] = hash },
            Map,
            cancellationToken);
        if (rows is [{ Disabled: false } user])
        {
            _tokens.Keep(hash, user, generation);
            return user;
        }

        return null;
    }

    public async Task<User?> FindAsync(string username, CancellationToken cancellationToken = default) =>
        (await FindWithHashAsync("username = @v", username, cancellationToken))?.User;

    public async Task<User?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        (await FindWithHashAsync("id = @v", id, cancellationToken))?.User;

    public Task<List<User>> ListAsync(CancellationToken cancellationToken = default) =>
        tables.QueryAsync("SELECT id, username, display_name, role, agency_id, disabled FROM users ORDER BY username", new Dictionary<string, object?>(), Map, cancellationToken);

    public async Task<bool> AnyAsync(CancellationToken cancellationToken = default) =>
        (await tables.QueryAsync("SELECT COUNT(*) FROM users", new Dictionary<string, object?>(), r => r.GetInt64(0), cancellationToken))[0] > 0;

    private async Task<(User User, string Hash)?> FindWithHashAsync(string where, string value, CancellationToken cancellationToken)
    {
        var rows = await tables.QueryAsync($"SELECT id, username, display_name, role, agency_id, disabled, password_hash FROM users WHERE {where}",
            new Dictionary<string, object?> { ["v"] = value },
            r => (Map(r), r.GetString(6)),
            cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Writes users or tokens; the token cache is emptied after the write, so no request sees what it replaced.</summary>
    private async Task WriteAsync(IReadOnlyList<ProjectionWrite> writes, CancellationToken cancellationToken)
    {
        try
        {
            await tables.ExecuteAsync(writes, cancellationToken);
        }
        finally
        {
            _tokens.Clear();
        }
    }

    private static User Map(System.Data.Common.DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.NullableString(4), r.GetBoolean(5));

    private static void CheckPassword(string password)
    {
        if (password is null || password.Length < 10)
        {
            throw SupervisionException.Invalid("user.password", "A password needs at least 10 characters.", "password");
        }
    }

    private static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
