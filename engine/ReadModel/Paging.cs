using Supervision.Engine.Errors;

namespace Supervision.Engine.ReadModel;

/// <summary>The one check of a page request: offset not negative, limit between 1 and the list's maximum.</summary>
public static class Paging
{
    public static void Check(int offset, int limit, int maxLimit)
    {
        if (offset < 0)
        {
            throw SupervisionException.Invalid("page.offset", $"'offset' must not be negative (was {offset}).", "offset").With("limit", maxLimit);
        }

        if (limit < 1 || limit > maxLimit)
        {
            throw SupervisionException.Invalid("page.limit", $"'limit' must be 1–{maxLimit} (was {limit}).", "limit").With("limit", maxLimit);
        }
    }
}
