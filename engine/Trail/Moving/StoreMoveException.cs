namespace Supervision.Engine.Trail.Moving;

/// <summary>A move that was refused or did not prove out; the message says why in a sentence.</summary>
public sealed class StoreMoveException(string message) : Exception(message);
