/**
 * Documents that only report (DOMAIN.md: bulletins, self-assessments, summaries) state
 * results in the words of goals (接种率保持在98%以上, 全部达到基本标准); a 公示 lists what was
 * already decided. Their title says so.
 */

/** Title words of a report: 疫情概况, 统计公报, 自评报告, 工作总结, 完成情况 …. */
const REPORT_TITLE =
  /(疫情概况|疫情通报|疫情情况|疫情报告|统计公报|统计简报|监测报告|自评报告|自查报告|评估报告|工作总结|年度总结|总结报告|述职报告|完成情况(?:的)?(?:报告|通报)|情况通报|情况报告|的公示|名单公示)[ \t]*$/;
/** A plan inside a report (工作计划, 实施方案) is not a report. */
const PLAN_TITLE = /(通知|意见|方案|规划|计划|要点|办法|讲话)[ \t]*$/;

/**
 * True when the title (one of the first lines, under 60 characters) names a report.
 * Reads a bounded head of the text only.
 */
export function isReportDocument(f: string): boolean {
  const head = f.slice(0, 600).split('\n', 12);
  for (const raw of head) {
    const line = raw.trim();
    if (line.length < 4 || line.length > 60) continue;
    if (PLAN_TITLE.test(line)) return false;
    if (REPORT_TITLE.test(line)) return true;
  }
  return false;
}
