namespace Supervision.Host.Api;

/// <summary>
/// The language of a problem's title and detail, from <c>Accept-Language</c>: a Chinese tag (<c>zh</c>, <c>zh-CN</c> …) → Chinese
/// only, an English tag → English only, none of them (or no header) → both, Chinese first, joined by " · ".
/// </summary>
public enum ProblemLanguage
{
    Both,
    Chinese,
    English,
}
