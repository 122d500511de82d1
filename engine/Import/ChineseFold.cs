namespace Supervision.Engine.Import;

/// <summary>
/// Folds text to the form the parser matches on: Traditional characters that occur in labels, agency
/// names, quantities and deadlines become Simplified, and full-width ASCII (<c>：（），；％０-９</c>) becomes
/// half-width. Every fold is one char to one char, so an index into the folded text is also an index
/// into the printed text: the parser matches on the fold and slices the printed original.
/// </summary>
internal static class ChineseFold
{
    // Not a full converter (that needs phrase tables); just the characters plan documents use in the
    // parts we match. Unknown Traditional characters pass through and only ever cost a resolution.
    private const string Traditional =
        "牽頭單負責門參與協辦區廳發資會經濟業務財稅農衛計劃實數萬億個標準導組織領體質術學" +
        "鄉鎮縣長於為時間內達過現動帶開訓練轉場號獲傳進運環護關係範圍條規總書記黨團聯殘婦" +
        "軍隊廣電視網絡應對設備報審監檢驗價稱園歷屆項舉營權貸險補貼職級構興積極強穩擴續維" +
        "爾齊烏魯薩優層歸屬類專訪試諮詢變際並讓們來產線紡裝貧脫創啟認證據須後裡幹勞願處調" +
        "談評勵獎揚問題統籌點難確託齡態狀況異結論語講說話請讀寫購買賣貨費額錢銀盤輸遊觀賽" +
        "將當廠陸戶東義龍給樣機嚴厲擊虛紅綠雲聞選擇訊庫醫療勢壇聖靈鬥壓衝則員氣習紀約檔議" +
        "決彙匯遠邊鐵橋歲漢邏輯滿陽陰華藝禮溝較節藥顧顯響懷戰歡緊縮終綜緣編繼績識譯讚豐貢" +
        "賃贈趨跡輕輔遷適遲還鄰鄭釋錄鏈閉閱隨隱雜離靜韓順預頻風飛餘館馬髮鬧魚鳥麥黃齒" +
        "蓋輛張臺畝噸釐築減爭養車幫簡郵倉灣擔擁擬訂師獻種違劑測樂慶聽圖戲劇頒佈畫斷儘壯牆攤飯漁礦塊淨潔貫徹籤標屬縣鄉鎮區";

    private const string Simplified =
        "牵头单负责门参与协办区厅发资会经济业务财税农卫计划实数万亿个标准导组织领体质术学" +
        "乡镇县长于为时间内达过现动带开训练转场号获传进运环护关系范围条规总书记党团联残妇" +
        "军队广电视网络应对设备报审监检验价称园历届项举营权贷险补贴职级构兴积极强稳扩续维" +
        "尔齐乌鲁萨优层归属类专访试咨询变际并让们来产线纺装贫脱创启认证据须后里干劳愿处调" +
        "谈评励奖扬问题统筹点难确托龄态状况异结论语讲说话请读写购买卖货费额钱银盘输游观赛" +
        "将当厂陆户东义龙给样机严厉击虚红绿云闻选择讯库医疗势坛圣灵斗压冲则员气习纪约档议" +
        "决汇汇远边铁桥岁汉逻辑满阳阴华艺礼沟较节药顾显响怀战欢紧缩终综缘编继绩识译赞丰贡" +
        "赁赠趋迹轻辅迁适迟还邻郑释录链闭阅随隐杂离静韩顺预频风飞余馆马发闹鱼鸟麦黄齿" +
        "盖辆张台亩吨厘筑减争养车帮简邮仓湾担拥拟订师献种违剂测乐庆听图戏剧颁布画断尽壮墙摊饭渔矿块净洁贯彻签标属县乡镇区";

    private static readonly Dictionary<char, char> Map = BuildMap();

    public static string Fold(string text)
    {
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });
    }

    public static char Fold(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            return (char)(c - 0xFEE0);
        }

        if (c == '\u3000')
        {
            return ' ';
        }

        return c < '\u4E00' ? c : Map.GetValueOrDefault(c, c);
    }

    private static Dictionary<char, char> BuildMap()
    {
        var map = new Dictionary<char, char>(Traditional.Length);
        for (var i = 0; i < Traditional.Length; i++)
        {
            map[Traditional[i]] = Simplified[i];
        }

        return map;
    }
}
