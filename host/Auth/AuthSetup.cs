using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Supervision.Host.Auth;

/// <summary>Cookies for the UI, bearer tokens for the API; a request may use either. Unauthenticated API calls get 401 problem+json.</summary>
public static class AuthSetup
{
    public const string Either = "CookieOrToken";

    public static void AddSupervisionAuth(this WebApplicationBuilder builder, Configuration.SupervisionOptions options)
    {
        builder.Services.AddHostedService<InitialAdmin>();
        builder.Services.AddSingleton<Engine.Access.SignInThrottle>();
        // Cookie keys live in the store, so a restart keeps everyone signed in and every node of a cluster reads every cookie.
        // One application name for every node, wherever it is installed (the default is the content root's path).
        builder.Services.AddDataProtection().SetApplicationName("supervision");
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>>(sp =>
            new Microsoft.Extensions.Options.ConfigureOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>(o =>
                o.XmlRepository = new StoreXmlRepository(
                    sp.GetRequiredService<Supervision.Engine.Trail.ITables>(), sp.GetRequiredService<TimeProvider>(), Path.Combine(options.DataDirectory, "keys"))));
        builder.Services.AddAuthentication(Either)
            .AddPolicyScheme(Either, Either, o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? TokenAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null)
            .AddCookie(o =>
            {
                o.Cookie.Name = "supervision";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.LoginPath = "/login";
                o.Events.OnRedirectToLogin = ctx => Deny(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => Deny(ctx, StatusCodes.Status403Forbidden);
            });
        builder.Services.AddAuthorization();
    }

    private static Task Deny(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        // A page asks a stranger to sign in; a signed-in reader who may not see a page gets the site's 403 page (status-code pages).
        if (!ctx.Request.Path.StartsWithSegments("/api") && status == StatusCodes.Status401Unauthorized)
        {
            ctx.Response.Redirect(ctx.RedirectUri);
            return Task.CompletedTask;
        }

        ctx.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
