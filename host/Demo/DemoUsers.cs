using System.Security.Cryptography;
using Supervision.Engine.Access;
using Supervision.Engine.Trail;

namespace Supervision.Host.Demo;

/// <summary>The demo's users, each with a random password, and the lines (user, password, name) printed and kept in <c>demo-users.txt</c>.</summary>
public sealed class DemoUsers(UserStore users)
{
    public List<string> Lines { get; } = [];

    public async Task<Actor> AddAsync(string username, string display, string role, string? agencyId, CancellationToken cancellationToken)
    {
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('/', 'x').Replace('+', 'y');
        var user = await users.AddAsync(username, display, role, agencyId, password, cancellationToken);
        Lines.Add($"{username}  {password}  {display}");
        return new Actor(user.Id, role, agencyId);
    }
}
