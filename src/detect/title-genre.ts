/**
 * What a page's title says it is. Chinese official titles end in their genre word
 * (关于…的通知, …工作要点, …的公示), so the suffix decides, after the quoted titles 《…》
 * and trailing brackets (（试行）, （征求意见稿）, (十一篇)) are removed.
 */
export type TitleGenre =
  | 'policy'
  | 'speech'
  | 'work-points'
  | 'announcement'
  | 'interpretation'
  | 'proposal-reply'
  | 'publicity-list'
  | 'procurement'
  | 'report'
  | 'bulletin'
  | 'news'
  | 'unknown';

const TRAILING_BRACKETS = /(?:\s*[（(【[][^（()）【】[\]]{0,20}[)）】\]])+\s*$/;
const TRAILING_COUNTER = /\s*(?:篇|之)[一二三四五六七八九十\d]{1,3}$/;
const QUOTED = /《[^》]*》/g;

/** The title with quoted titles, trailing brackets and 篇一-style counters removed. */
export function coreOfTitle(title: string): string {
  let core = title.replace(/\s+/g, '').replace(QUOTED, '');
  for (let pass = 0; pass < 3; pass += 1)
    core = core.replace(TRAILING_BRACKETS, '').replace(TRAILING_COUNTER, '');
  return core.replace(/[。.!！]+$/, '');
}

const RULES: readonly [TitleGenre, RegExp][] = [
  ['interpretation', /(?:解读|答记者问|问答|一图读懂|图解|图读)$|^(?:一图读懂|图解|解读)/],
  ['publicity-list', /(?:公示|公示名单|拟\S{0,20}名单|结果公布)$/],
  [
    'procurement',
    /(?:采购意向|采购(?:需求|项目)?公告|招标公告|(?:中标|成交|结果|更正|终止|废标)公告|磋商公告|询价公告|(?:中标|成交)(?:结果)?公示|采购.{0,20}(?:公告|公示))$/,
  ],
  ['announcement', /(?:招聘|录用|招考|遴选|考试|报名|选调|人员).{0,30}公告$/],
  [
    'bulletin',
    /疫情.{0,12}(?:情况|概况|通报|快报|动态|信息)$|(?:确诊病例|病例).{0,10}(?:情况|通报)$|新增.{0,20}(?:病例|感染者)$/,
  ],
  ['report', /(?:报告|总结|自评|自查|述职|汇报)$/],
  ['speech', /(?:讲话|讲话稿|讲话提纲|讲话材料|讲话内容)$/],
  ['work-points', /(?:工作要点|工作重点|重点工作|工作安排|工作任务)$/],
  [
    'policy',
    /(?:通知|意见|实施意见|办法|方案|规划|决定|函|批复|细则|规定|规则|要点|计划|指南|指引|条例|纲要|措施|举措|通告|命令|令|决议|规范|制度|公告|指导原则|清单|目录|标准|守则|章程)$/,
  ],
  [
    'news',
    /(?:召开|举行|举办|开展|启动|调研|检查|督导|督查|走访|慰问|座谈|会见|出席|圆满|顺利|成功|荣获|获评|获批|亮相|见实效|显成效|印发|出台|发布|部署|推进|落地|观察|综述|侧记|纪实|实录|直播|答问)$/,
  ],
  // Reached only when no genre word ends the title: reporting verbs anywhere mark a news item.
  ['news', /调研|督导|慰问|考察|座谈会|召开|举行|举办|开幕|闭幕|仪式|走进|走访|赴\S{1,12}(?:检查|指导)/],
];

const PROPOSAL = /(?:建议|提案|议案)/;
const REPLY = /(?:答复|复函|回复|办理)/;

/** Classifies a title by its genre word. */
export function classifyTitle(title: string): TitleGenre {
  const core = coreOfTitle(title);
  if (core.length === 0) return 'unknown';
  if (PROPOSAL.test(core) && REPLY.test(core) && /(?:第\s*\d+\s*号|代表|委员|答复|复函)/.test(core))
    return 'proposal-reply';
  for (const [genre, pattern] of RULES) if (pattern.test(core)) return genre;
  return 'unknown';
}

/** Genres that make a page a policy document. */
export const POLICY_GENRES: ReadonlySet<TitleGenre> = new Set(['policy', 'speech', 'work-points']);
