namespace Supervision.Host.Web.Forms;

/// <summary>The note beside a file input of a refused form: a browser never sends chosen files twice, so the person chooses them again.</summary>
internal static class FilesAgain
{
    public static string Html(Lang lang) =>
        $"<p class=\"field-note\">{System.Net.WebUtility.HtmlEncode(lang["刚才选择的文件未保存，请重新选择。", "The files you chose were not kept: choose them again."])}</p>";
}
