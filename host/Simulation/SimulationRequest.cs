namespace Supervision.Host.Simulation;

/// <summary>What to simulate: the plan (a document path or a plan id of the installation), the dates, the profile, the seed, and where to keep it.</summary>
public sealed record SimulationRequest(string Plan, DateOnly From, DateOnly To, Profile Profile, int Seed, string DataDirectory);
