namespace Supervision.Engine.Idempotency;

/// <summary>What is known of one key: the request's hash and the answer stored (status 0: claimed, no answer yet), whether the trail holds its command, and which node claims it.</summary>
public sealed record IdempotencyRecord(string? Hash, int Status, string? Type, string Body, bool Recorded, string? ClaimedBy);
