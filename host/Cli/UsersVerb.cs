using System.CommandLine;
using Supervision.Engine.Errors;

namespace Supervision.Host.Cli;

/// <summary><c>users add|list|reset-password|token</c>: manage sign-ins from the shell of the host machine.</summary>
public static class UsersVerb
{
    public static Command Create()
    {
        var users = new Command("users", "Add, list and manage users.");
        var username = new Argument<string>("username") { Description = "The user's sign-in name." };
        var role = new Option<string>("--role") { Description = "admin, coordinator, inspector or agency.", Required = true };
        var agency = new Option<string?>("--agency") { Description = "The agency id, for agency users." };
        var name = new Option<string?>("--name") { Description = "Display name." };
        var password = new Option<string?>("--password") { Description = "Password (at least 10 characters); generated when omitted." };

        var add = new Command("add", "Add a user.") { username, role, agency, name, password };
        add.SetAction((parse, ct) => RunAsync(async u =>
        {
            var pw = parse.GetValue(password) ?? NewPassword();
            var user = await u.AddAsync(parse.GetValue(username)!, parse.GetValue(name) ?? parse.GetValue(username)!, parse.GetValue(role)!, parse.GetValue(agency), pw, ct);
            Console.WriteLine($"added {user.Username} ({user.Role}{(user.AgencyId is null ? "" : " of " + user.AgencyId)}); password: {pw}");
        }, ct));

        var list = new Command("list", "List users.");
        list.SetAction((parse, ct) => RunAsync(async u =>
        {
            foreach (var user in await u.ListAsync(ct))
            {
                Console.WriteLine($"{user.Username,-20} {user.Role,-12} {user.AgencyId ?? "-",-16} {user.DisplayName}");
            }
        }, ct));

        var resetUser = new Argument<string>("username");
        var reset = new Command("reset-password", "Set a new (generated) password.") { resetUser };
        reset.SetAction((parse, ct) => RunAsync(async u =>
        {
            var pw = NewPassword();
            await u.SetPasswordAsync(parse.GetValue(resetUser)!, pw, ct);
            Console.WriteLine($"new password for {parse.GetValue(resetUser)}: {pw}");
        }, ct));

        var tokenUser = new Argument<string>("username");
        var tokenName = new Option<string>("--name") { Description = "What the token is for.", DefaultValueFactory = _ => "cli" };
        var token = new Command("token", "Issue an API bearer token (shown once).") { tokenUser, tokenName };
        token.SetAction((parse, ct) => RunAsync(async u =>
            Console.WriteLine(await u.IssueTokenAsync(parse.GetValue(tokenUser)!, parse.GetValue(tokenName)!, ct)), ct));

        users.Subcommands.Add(add);
        users.Subcommands.Add(list);
        users.Subcommands.Add(reset);
        users.Subcommands.Add(token);
        return users;
    }

    private static async Task<int> RunAsync(Func<Engine.Access.UserStore, Task> action, CancellationToken ct)
    {
        var (store, users) = await CliStore.OpenAsync(ct);
        await using (store)
        {
            try
            {
                await action(users);
                return 0;
            }
            catch (SupervisionException e)
            {
                await Console.Error.WriteLineAsync($"error ({e.Code}): {e.Message}");
                return 2;
            }
        }
    }

    private static string NewPassword() =>
        Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(15)).Replace('/', 'x').Replace('+', 'y');
}
