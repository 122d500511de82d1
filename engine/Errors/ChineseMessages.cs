namespace Supervision.Engine.Errors;

/// <summary>The Chinese templates, by code (see <see cref="MessageCatalogue"/>); the last template of each code names no value.</summary>
internal static class ChineseMessages
{
    public static readonly Dictionary<string, string[]> Templates = new(StringComparer.Ordinal)
    {
        // Input, whatever the command
        ["input.required"] = ["「{field}」为必填项，不能为空。", "缺少必填项。"],
        ["input.too_long"] = ["「{field}」过长，最多允许 {limit} 个字符。", "「{field}」过长。", "输入过长。"],
        ["input.control_character"] = ["「{field}」含有控制字符，请删除。", "输入含有控制字符，请删除。"],
        ["input.too_many"] = ["「{field}」共 {count} 项，最多允许 {limit} 项。", "「{field}」项数过多，最多允许 {limit} 项。", "列表项数过多。"],
        ["input.email"] = ["「{field}」不是有效的电子邮箱地址。", "电子邮箱地址无效。"],
        ["input.id"] = ["「{field}」须为 1–63 个小写字母、数字或“-”，并以字母或数字开头。", "编号格式不正确。"],
        ["input.number"] = ["「{field}」须为数字，例如 12000 或 3.5。", "数值须为数字，例如 12000 或 3.5。"],
        ["input.outcome"] = ["「{field}」须为 {allowed} 之一。", "处理结果无效。"],
        ["page.offset"] = ["「offset」不能为负数。"],
        ["page.limit"] = ["「limit」须为 1–{limit}。", "「limit」超出范围。"],
        ["inbox.status"] = ["未知的状态「{value}」，可用：{allowed}。", "未知的状态。"],
        ["review.decision"] = ["「{field}」须为 {allowed} 之一。", "审核结论无效。"],
        ["target.comparator"] = ["「{field}」须为 >=、<=、~、= 之一。", "目标比较符须为 >=、<=、~、= 之一。"],

        // Access and lookups
        ["access.forbidden"] = ["您当前的身份无权执行此操作。"],
        ["not_found"] = ["未找到{what}「{id}」。", "未找到。"],

        // Requests the host could not read
        ["request.malformed"] = ["请求体在「{field}」处无法读取：JSON 格式有误或值的类型不对。", "请求体无法读取：须为格式正确、结构相符的 JSON。"],
        ["request.unknown_member"] = ["不认识的字段「{field}」，请检查拼写。", "请求体中有不认识的字段。"],
        ["request.body_required"] = ["此请求需要 JSON 请求体。"],
        ["request.bad_parameter"] = ["参数「{field}」的格式不正确。", "参数格式不正确。"],
        ["request.too_large"] = ["请求体超过主机允许的大小。"],
        ["request.unsupported_media_type"] = ["不支持的内容类型或字符集；请以 UTF-8 编码发送 application/json。"],
        ["request.method_not_allowed"] = ["此地址不支持该请求方法。"],
        ["request.failed"] = ["请求未能完成。"],
        ["idempotency.bad_key"] = ["Idempotency-Key 须为至多 200 个可打印字符。"],
        ["idempotency.in_progress"] = ["带此 Idempotency-Key 的请求正在处理；请稍后重发以取得其结果。"],
        ["idempotency.key_reused"] = ["此 Idempotency-Key 已用于另一个请求；新命令请使用新的键。"],
        ["idempotency.multiple_keys"] = ["一个请求只能带一个 Idempotency-Key（且键中不能有逗号）。"],
        ["engine.unavailable"] = ["系统暂时未能完成这一步（一个节点刚刚停止，或未及时应答），请几秒钟后再试一次；重试不会重复记录。"],
        ["store.unavailable"] = ["数据库暂时未能接待这个请求，请几秒钟后再试一次；重试不会重复记录。"],
        ["internal"] = ["服务器内部出错，已记录。"],
        ["error"] = ["请求未能完成。"],

        // Sign-in and users
        ["auth.required"] = ["请先登录，或在 Authorization 头中携带令牌。"],
        ["auth.bad_credentials"] = ["用户名或密码错误。"],
        ["auth.throttled"] = ["此用户从该地址登录失败次数过多，请一分钟后再试。"],
        ["user.username"] = ["用户名只能包含字母、数字、“.”、“-”和“_”。"],
        ["user.role"] = ["角色须为 admin、coordinator、inspector、agency 之一。"],
        ["user.agency"] = ["承办单位用户须填写「{field}」，其他角色不得填写。", "承办单位用户须选择所属单位，其他角色不得选择。"],
        ["user.exists"] = ["该用户名已被使用。"],
        ["user.password"] = ["「{field}」至少需要 10 个字符。", "密码至少需要 10 个字符。"],

        // Agencies, plans, items
        ["agency.unknown"] = ["「{field}」所指的单位尚未登记。", "单位尚未登记。"],
        ["agency.exists"] = ["该单位已登记。"],
        ["agency.unknown_member"] = ["「{field}」所指的成员单位尚未登记。", "成员单位尚未登记。"],
        ["agency.members_without_group"] = ["只有单位组（is_group: true）才能有成员单位。"],
        ["agency.cycle"] = ["上级单位不能是本单位或其下级单位：{agencies} 将形成循环。", "上级单位不能是本单位或其下级单位，否则将形成循环。"],
        ["agency.unknown_parent"] = ["上级单位「{id}」尚未登记。", "上级单位尚未登记。"],
        ["agency.too_deep"] = ["单位层级不能超过 {limit} 级。", "单位层级过多。"],
        ["agency.import_problems"] = ["导入文件还有 {count} 处问题，请修正后重新上传。", "导入文件还有问题，请修正后重新上传。"],
        ["agency.depth"] = ["「depth」须为 1 到 {max} 之间的整数。", "「depth」超出范围。"],
        ["agency_import.too_large"] = ["文件超过 {limit}，请拆分后分别导入。", "文件过大，请拆分后分别导入。"],
        ["agency_import.too_many_rows"] = ["文件共 {count} 行，一次最多导入 {limit} 行。", "文件行数过多，请拆分后分别导入。"],
        ["agency_import.no_header"] = ["文件第一行须列出 id、name、parent_id（或 编号、名称、上级编号）。"],
        ["agency_import.not_a_table"] = ["文件不是 CSV 表格（UTF-8 或 GB18030）或 Excel 工作簿（.xlsx），无法读取。"],
        ["agency.alias_taken"] = ["「{field}」已是另一个单位的名称或别名。", "该别名已属于另一个单位。"],
        ["plan.exists"] = ["该方案已存在。"],
        ["plan.no_such_item"] = ["「{field}」不是本方案的事项。", "所选事项不属于本方案。"],
        ["item.exists"] = ["该事项已存在。"],
        ["item.no_lead"] = ["事项至少需要一个牵头单位。"],
        ["item.lead_and_cooperating"] = ["同一单位不能既是牵头单位又是配合单位。"],
        ["item.already_dispatched"] = ["该事项已下发，不能再修改或再次下发。"],
        ["item.agency_already_assigned"] = ["该单位在此事项上已有任务。"],
        ["workflow.unknown_definition"] = ["没有此工作流定义（或此版本）。"],
        ["report.already_reviewed"] = ["该进展报告已审核过。"],
        ["item.score"] = ["「{field}」分值须在 0 到 1000 之间。", "分值须在 0 到 1000 之间。"],
        ["report.period_not_owed"] = ["报告期「{period}」没有待报送的进展报告。", "该报告期没有待报送的进展报告。"],

        // The escalation ladder
        ["escalation.nothing_owed"] = ["该任务当前没有待履行的事项，无需升级督办。"],
        ["escalation.unknown_colour"] = ["「colour」须为 blue（蓝）、orange（橙）、red（红）之一。"],
        ["escalation.unknown_step"] = ["「step」须为督办阶梯中的一级：remind（提醒）、urge（催办）、supervise（督办）、interview（约谈）、notice（通报）。"],
        ["escalation.ladder_climbed"] = ["该任务已到督办阶梯的最后一级。"],
        ["escalation.already_reached"] = ["该任务已到达或超过这一级，请选择更高的一级。"],
        ["cascade.closed"] = ["该任务已{status}，只有办理中的任务才能分解交办。", "该任务已关闭，只有办理中的任务才能分解交办。"],
        ["cascade.too_deep"] = ["分解交办最多 {limit} 级，本任务不能再向下分解。", "分解层级已达上限。"],
        ["cascade.self"] = ["第 {index} 个下级任务：不能分解给本单位自己，请选择下级单位。", "不能分解给本单位自己。"],
        ["cascade.duplicate"] = ["第 {index} 个下级任务：单位「{agency}」重复出现。", "下级单位重复。"],
        ["cascade.outside_subtree"] = ["第 {index} 个下级任务：「{agency}」不是本单位的下级单位。", "所选单位不是本单位的下级单位。"],
        ["cascade.already_assigned"] = ["第 {index} 个下级任务：「{agency}」在此事项上已有任务。", "该单位在此事项上已有任务。"],
        ["cascade.role"] = ["第 {index} 个下级任务（{agency}）：承办角色须为牵头或配合。", "承办角色须为牵头或配合。"],
        ["cascade.due_outside"] = ["第 {index} 个下级任务（{agency}）：完成时限须在上级任务期限内（{window}）。", "完成时限须在上级任务期限内。"],
        ["cascade.unknown_indicator"] = ["第 {index} 个下级任务（{agency}）：「{indicator}」不是可分解的指标，可选：{allowed}。", "第 {index} 个下级任务（{agency}）：「{indicator}」不是可分解的指标。", "指标不在可分解范围内。"],
        ["cascade.share_value"] = ["第 {index} 个下级任务（{agency}）：分担数值须大于零。", "分担数值须大于零。"],
        ["cascade.share_exceeds"] = ["第 {index} 个下级任务（{agency}）：「{indicator}」各下级分担合计 {total}，超过上级的 {limit}。", "分担合计超过上级任务的指标。"],
        ["cascade.hand_over_outside"] = ["「{agency}」不是本下级任务所属上级单位的下级单位，不能移交给它。", "只能移交给上级单位的下级单位。"],
        ["tree.depth"] = ["层级须在 0 至 {limit} 之间。", "层级超出范围。"],
        ["cascade.children_open"] = ["还有下级任务未办结：{children}。请待其办结后再申请办结。", "还有下级任务未办结，请待其办结后再申请办结。"],
        ["extension.nothing_due"] = ["该任务当前没有带期限的待办事项，无需申请延期。"],
        ["extension.pending"] = ["该任务已有一份延期申请等待办公室审批。"],
        ["extension.none_pending"] = ["该任务没有待审批的延期申请。"],
        ["extension.date"] = ["「{field}」须晚于当前截止日期 {current}，且不超过两年。", "延期日期须晚于当前截止日期 {current}，且不超过两年。", "延期日期无效。"],
        ["interview.closed"] = ["该任务已结束，约谈只能针对进行中的任务记录。"],
        ["interview.commitment_due"] = ["「{field}」整改期限须晚于约谈日期。", "整改期限须晚于约谈日期。"],
        ["commitment.fulfilled"] = ["该整改承诺已报送完成。"],
        ["inbox.rag"] = ["未知的颜色「{value}」，可用：green、yellow、red。", "未知的颜色。"],

        // The cycle: the move (trigger) and the state (status) come from the refusal
        ["cycle.not_allowed_in_state"] = ["无法{trigger}：任务当前为「{status}」。", "当前状态下不能执行此操作。"],
        ["cycle.terminal"] = ["无法{trigger}：任务已{status}，已经结束。", "任务已经结束。"],
        ["cycle.not_lead"] = ["无法{trigger}：只有牵头单位可以这样做，本任务为配合任务。", "只有牵头单位可以这样做。"],
        ["cycle.not_cooperating"] = ["无法{trigger}：只有配合单位可以这样做，本任务为牵头任务。", "只有配合单位可以这样做。"],
        ["cycle.cooperators_pending"] = ["无法{trigger}：尚有配合单位未报送配合材料或未被免除。", "尚有配合单位未报送配合材料或未被免除。"],
        ["cycle.no_pending_report"] = ["无法{trigger}：没有待审核的进展报告。", "没有待审核的进展报告。"],
        ["cycle.refused"] = ["当前状态下无法{trigger}。", "当前状态下不能执行此操作。"],

        // Plan import
        ["import.too_large"] = ["文件过大，或文字、页数超出限制。"],
        ["import.empty"] = ["文件为空或没有文字。"],
        ["import.not_a_document"] = ["该文件不是可导入的文本、Word（.docx）或 PDF 文档。"],
        ["import.encrypted"] = ["文档有密码保护，请解除后再导入。"],
        ["import.zip_bomb"] = ["该 .docx 解压后异常巨大，已拒绝。"],
        ["import.no_text_layer"] = ["PDF 没有文字层（扫描件？），请先做文字识别或导入原始文档。"],
        ["import.timeout"] = ["读取文档超时。"],
        ["import.no_file"] = ["表单中须恰好有一个文件。"],
        ["import.bad_form"] = ["上传的表单无法读取（缺少分隔符或内容不完整），请重新上传文件。"],
        ["import.unsupported_media_type"] = ["请以 multipart/form-data 表单，或 text/plain、.docx、PDF 请求体上传文档。"],
        ["import.unresolved_agencies"] = ["尚有单位名称未能对应到已登记单位；请先指定单位、添加别名或登记单位，再提交。"],
        ["import.no_items"] = ["草稿中没有可创建的事项。"],
        ["import.no_lead"] = ["有事项缺少牵头单位，请先指定再提交。"],
        ["import.duplicate_ref"] = ["事项编号重复，请删除或更正其中之一。"],
        ["import.agency_ambiguous"] = ["单位名称可能对应多个已登记单位；请为其添加别名或更改其中一个的名称。"],
        ["import.committed"] = ["该草稿已提交为方案「{plan_id}」，不能再修改，也不能再提交为另一个方案。", "该草稿已提交为方案，不能再修改。"],
        ["import.conflict"] = ["已有方案「{plan_id}」对应此草稿，未创建新方案。", "已有方案对应此草稿，未创建新方案。"],
        ["import.duplicate_plan"] = ["此文件已有方案「{plan_id}」；如确需再建一个方案，请在提交时写明 allow_duplicate: true。", "此文件已有方案；如确需再建一个方案，请在提交时写明 allow_duplicate: true。"],
        ["import.bad_edit"] = ["修改「{field}」无效。", "草稿修改无效。"],

        // Reactions (administrators)
        ["reactions.state"] = ["「state」须为 failed、pending、done 之一。"],

        // Notices
        ["notices.state"] = ["「state」须为 pending、sent、failed、unaddressed 之一。"],
        ["notices.bad_day"] = ["「day」须为 YYYY-MM-DD 格式的日期。"],
        ["audit.kind"] = ["「{field}」不是已知的审计类别。", "审计类别不正确。"],
        ["audit.bad_time"] = ["「{field}」须为 YYYY-MM-DD 格式的日期或 ISO 时间。", "时间格式不正确。"],
        ["audit.range"] = ["起始日期晚于截止日期。"],
        ["import.draft_expired"] = ["该导入草稿超过保留期限未提交，已失效；请重新上传文件。"],
        ["notice.refused"] = ["邮件服务器拒收此通知：{reply}", "邮件服务器拒收此通知。"],

        // The working-day calendar
        ["calendar.bad_date"] = ["「{field}」须为 YYYY-MM-DD 格式的日期，年份在 1900–2999 之间。", "日期须为 YYYY-MM-DD 格式，年份在 1900–2999 之间。"],
        ["calendar.bad_days"] = ["「{field}」须为 -{limit} 到 {limit} 之间的整数个工作日，负数表示往前数。", "工作日天数须为整数，且不超出允许范围。"],
        ["calendar.bad_year"] = ["年份须为 1900–2999 之间的数字。"],

        // Evidence attachments (web UI)
        ["attachment.too_large"] = ["附件「{name}」超过 {limit} 的上限，请压缩或拆分后再上传。", "附件过大。"],
        ["attachment.type"] = ["附件「{name}」的类型不受支持，或内容与文件名不符；可上传 PDF、Word、Excel、JPG、PNG 或文本文件。", "附件类型不受支持。"],
        ["attachment.too_many"] = ["一次最多上传 {limit} 个附件。", "附件过多。"],
        ["attachment.invalid"] = ["附件信息不完整或有误（名称、类型、大小或校验值），请重新上传。"],

        // The simulate verb
        ["simulation.bad_dates"] = ["「{field}」须为 YYYY-MM-DD 格式的日期，结束日期不早于开始日期，且相隔不超过三年。", "模拟的起止日期无效。"],
        ["simulation.unknown_profile"] = ["「profile」须为 punctual、some-late、silent 之一。"],
        ["simulation.folder_used"] = ["该文件夹中已有数据库，请用 --out 指定一个新的文件夹。"],

        // Trails
        ["trail.malformed"] = ["这不是轨迹导出文件。"],
        ["trail.checkpoint_malformed"] = ["这不是检查点文件。"],
        ["trail.checkpoint_refused"] = ["检查点被拒绝：签名不符，或并非本系统的密钥所签。"],

        // Special supervision campaigns and their findings
        ["campaign.exists"] = ["该专项督导已存在。"],
        ["campaign.dates"] = ["结束日期不能早于开始日期。"],
        ["campaign.closed"] = ["该专项督导已结束，不能再记录问题。"],
        ["campaign.unknown_item"] = ["「{field}」：没有事项「{id}」。", "所选事项不存在。"],
        ["campaign.not_a_group"] = ["「{field}」：「{id}」不是已登记的单位组（地区）。", "所选单位组不存在。"],
        ["finding.severity"] = ["「severity」须为 general（一般）、serious（较重）、critical（严重）之一。"],
        ["finding.out_of_scope"] = ["该任务不在本次专项督导的事项或单位范围内。"],
        ["finding.closed"] = ["该任务已结束，督导问题只能针对进行中的任务记录。"],
        ["finding.due"] = ["「{field}」整改期限须晚于今天。", "整改期限须晚于今天。"],
        ["finding.not_open"] = ["该问题当前不需要报送整改（状态：{status}）。", "该问题当前不需要报送整改。"],
        ["finding.not_rectified"] = ["该问题尚未报送整改情况，无法核验（状态：{status}）。", "该问题尚未报送整改情况，无法核验。"],

        // Evaluation
        ["evaluation.exists"] = ["该考核已存在。"],
        ["evaluation.dates"] = ["考核期的结束日期不能早于开始日期。"],
        ["evaluation.unknown_plan"] = ["没有方案「{id}」。", "所选方案不存在。"],
        ["evaluation.unknown_scheme"] = ["没有评分办法「{id}」。", "所选评分办法不存在。"],
        ["evaluation.frozen"] = ["该考核结果已冻结，不能再次冻结。"],
        ["evaluation.as_of_future"] = ["「as_of」不能是将来的时间：冻结只针对已知的情况。"],
        ["evaluation.as_of"] = ["截至时间须为日期和时间，例如 2026-03-01 09:00（督查办公室所在时区）。"],
        ["practice.report_returned"] = ["该进展报告已被退回，不能作为典型经验。"],
        ["practice.marked"] = ["该进展报告已标记为典型经验。"],
        ["export.part"] = ["「part」须为 {allowed} 之一。", "导出内容无效。"],
        // Targets, dispatch rounds, major issues, as-of views, exports
        ["target.aggregation"] = ["「{field}」须为 sum（累加）、latest（取最新值）、mean（平均）之一。", "汇总方式须为 sum、latest、mean 之一。"],
        ["target.period"] = ["「{field}」：目标期间的结束日期须不早于开始日期，跨度不超过十年，且在 1950–2200 年之间。", "目标期间无效。"],
        ["as_of.too_large"] = ["按历史时点重算的数据量或耗时超出上限，请缩小范围后重试。"],
        ["as_of.format"] = ["「as_of」须为带时区的时间，例如 2022-06-30T00:00:00+08:00。"],
        ["major_issue.severity"] = ["「severity」须为 general（一般）、serious（较重）、critical（严重）之一。"],
        ["major_issue.assignment_closed"] = ["该任务已结束，重大问题只能在办理中的任务上报告。"],
        ["major_issue.too_many"] = ["该任务的重大问题数量已达上限。"],
        ["major_issue.closed"] = ["该重大问题已销号。"],
        ["round.period"] = ["「{field}」须为 1–20 个字母、数字或“-”，例如 2022-06。", "调度期间名称须为 1–20 个字母、数字或“-”，例如 2022-06。"],
        ["round.dates"] = ["调度期间的开始、结束日期须有序（不超过一年），报送截止日期须不早于开始日期、且在结束后一年内（2000–2100 年）。"],
        ["round.period_exists"] = ["该方案已有同一期间的调度轮次。"],
        ["round.too_many"] = ["该方案的调度轮次数量已达上限。"],
        ["export.format"] = ["「format」须为 xlsx 或 csv。"],
    };

    /// <summary>The things a 404 names, in Chinese.</summary>
    public static readonly Dictionary<string, string> Nouns = new(StringComparer.Ordinal)
    {
        ["plan"] = "方案",
        ["action item"] = "事项",
        ["assignment"] = "任务",
        ["assignment on this item"] = "此事项上的任务",
        ["agency"] = "单位",
        ["report"] = "进展报告",
        ["commitment"] = "整改承诺",
        ["campaign"] = "专项督导",
        ["finding"] = "督导问题",
        ["evaluation"] = "考核",
        ["user"] = "用户",
        ["import draft"] = "导入草稿",
        ["agency import"] = "单位名录导入",
        ["waiting or parked reaction"] = "待处理或已搁置的后续处理",
        ["major issue"] = "重大问题",
        ["round"] = "调度轮次",
    };
}
