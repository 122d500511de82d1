using System.Text.RegularExpressions;
using Npgsql;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace Supervision.Host.Api;

/// <summary>
/// Failures that mean "a part of the engine is not there just now": a silo has gone or a grain call timed out (Orleans), or
/// the database gave no connection in time (Npgsql's pool, <c>53300</c> too many connections). They are expected while a
/// node dies or under a burst, so they answer 503 with <c>Retry-After</c> and are logged as warnings, never as a 500.
/// </summary>
public static partial class Unavailability
{
    public const string EngineCode = "engine.unavailable";
    public const string StoreCode = "store.unavailable";

    /// <summary>Seconds a client waits before retrying: a dead node is declared so within a few seconds (see README, "Running a cluster").</summary>
    public const int RetryAfterSeconds = 2;

    public const string EngineDetail =
        "The system could not finish this just now (a node has stopped or did not answer in time); try again in a few seconds — a retry is never recorded twice.";

    public const string StoreDetail =
        "The database could not take this request in time; try again in a few seconds — a retry is never recorded twice.";

    /// <summary>The code, the English sentence and (when the failure names one) the silo; null when <paramref name="exception"/> is none of these.</summary>
    public static (string Code, string Detail, string? Silo)? Of(Exception exception)
    {
        for (var e = exception; e is not null; e = e is AggregateException { InnerExceptions.Count: 1 } a ? a.InnerExceptions[0] : e.InnerException)
        {
            switch (e)
            {
                case NpgsqlException { IsTransient: true }:
                    return (StoreCode, StoreDetail, null);
                case OrleansMessageRejectionException or ConnectionFailedException or GatewayTooBusyException or TimeoutException:
                    return (EngineCode, EngineDetail, SiloIn(exception));
            }
        }

        return null;
    }

    /// <summary>The first silo address (<c>S10.0.0.5:11111:123456</c>) anywhere in the failure's messages.</summary>
    private static string? SiloIn(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (SiloAddress().Match(e.Message) is { Success: true } m)
            {
                return m.Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"S\d{1,3}(?:\.\d{1,3}){3}:\d{1,5}:\d+")]
    private static partial Regex SiloAddress();
}
