namespace Supervision.Engine.Trail.Words;

/// <summary>One thing said in the two languages of the product: Chinese first (the default), English on request.</summary>
public sealed record Word(string Zh, string En)
{
    public string In(bool english) => english ? En : Zh;

    /// <summary>A word the vocabulary does not know (a newer event, a key from elsewhere) says itself in both languages.</summary>
    public static Word Unknown(string key) => new(key, key);
}
