import type { DocumentAnatomy } from './document-anatomy';
import { signal, type DetectionSignal } from './signal';

const DIRECTIVES =
  /现将.{0,60}(?:印发|转发|发)给你们|现(?:印发|转发)给你们|请(?:认真)?(?:遵照|贯彻)执行|请(?:各地|各单位)?结合(?:本地|本单位|工作)?实际|认真(?:组织)?(?:贯彻落实|抓好落实|组织实施)|现就.{0,40}(?:通知|意见|要求)如下|(?:通知|要求|意见|规定)如下[:：]|请于\s*\d{1,2}\s*月\s*\d{1,2}\s*日前|(?:报送|报至|反馈).{0,20}(?:前|之前)|制定(?:了)?本(?:办法|方案|意见|细则|规定|计划)|经.{0,20}(?:同意|审议通过).{0,10}印发/;
const TASK_MARKERS =
  /必须|确保|务必|力争|切实|要进一步|要加强|要着力|要坚持|要全面|要扎实|到20\d{2}年|20[x×X]{2}年|年底前|年内|前完成|抓好落实|狠抓|全面推进|扎实推进|着力/g;
const SPEECH_MARKERS =
  /同志们|我讲几点意见|讲(?:三|四|五|几)点意见|讲(?:几|三|四|五)点|下面，?我|刚才，|最后，我|我再强调|谢谢大家/g;

const NEGATIVE_MARKERS: readonly { id: string; pattern: RegExp; weight: number; minimum: number }[] = [
  {
    id: 'content.bulletin',
    pattern:
      /截至\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\d{1,2}\s*时|新增(?:确诊|本土|无症状|疑似)|累计(?:报告)?确诊|无症状感染者\d|现有确诊|报告(?:法定)?传染病\s*\d+\s*例|发病\s*\d+\s*例，?死亡\s*\d+\s*人/g,
    weight: -6,
    minimum: 2,
  },
  {
    id: 'content.publicity',
    pattern:
      /公示期|公示时间(?:为|：|:)|公示期间|予以公示|公示如下|现(?:将|予)?.{0,30}公示|如有异议|对公示.{0,20}(?:异议|意见)|公示对象/g,
    weight: -5,
    minimum: 2,
  },
  {
    id: 'content.procurement',
    pattern:
      /采购意向|预算金额|采购需求概况|预计采购时间|采购项目名称|采购单位|采购方式|招标编号|中标(?:人|供应商|金额)|成交(?:供应商|金额)/g,
    weight: -5,
    minimum: 2,
  },
  {
    id: 'content.self-assessment',
    pattern:
      /自评(?:报告|得分|结果|情况)|自查(?:报告|情况)|绩效(?:自评|评价)|目标完成情况|评价得分|总体完成|执行率/g,
    weight: -3,
    minimum: 2,
  },
  {
    id: 'content.interpretation',
    pattern: /(?:出台|起草|制定)(?:的)?背景|主要内容|政策解读|解读人|答记者问|起草(?:过程|依据)|记者：|问：/g,
    weight: -4,
    minimum: 2,
  },
  {
    id: 'content.proposal-reply',
    pattern:
      /(?:您|你们|贵代表|贵委员)(?:领衔)?(?:提出|所提)的|(?:建议|提案|议案)收悉|现(?:将有关情况)?答复如下|感谢您对|(?:代表|委员)(?:：|:)$|办理情况|答复类别|联系单位|对您提出的/gm,
    weight: -6,
    minimum: 2,
  },
  {
    id: 'content.news',
    pattern: /记者|通讯员|新华社|责任编辑|本报讯|编辑[：:]|审核[：:]|日前，|近日，|据悉|报道/g,
    weight: -2,
    minimum: 2,
  },
];

function count(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}

/** Evidence from the document's layout: number before recipients, recipients, closing, disclosure, signature. */
export function anatomySignals(anatomy: DocumentAnatomy): DetectionSignal[] {
  const signals: DetectionSignal[] = [];
  const { ownDocNumber, recipients } = anatomy;
  if (ownDocNumber) {
    const beforeRecipients =
      recipients !== undefined &&
      recipients.index - ownDocNumber.index <= 8 &&
      recipients.index > ownDocNumber.index;
    signals.push(
      signal(
        beforeRecipients ? 'text.doc-number-before-recipients' : 'text.doc-number-line',
        beforeRecipients ? 3 : 1,
        ownDocNumber.text,
      ),
    );
  }
  if (recipients) signals.push(signal('text.recipients-line', 2, recipients.text));
  if (anatomy.closingFormula) signals.push(signal('text.closing-formula', 2, anatomy.closingFormula));
  if (anatomy.disclosureMark) signals.push(signal('text.disclosure-mark', 2, anatomy.disclosureMark));
  if (anatomy.signature) signals.push(signal('text.signature-date', 1, anatomy.signature.date));
  if (anatomy.numberedSections >= 3)
    signals.push(signal('text.numbered-sections', 1, String(anatomy.numberedSections)));
  return signals;
}

/** Evidence from the wording: directives and tasks (for), and markers of reports, bulletins, lists… (against). */
export function wordingSignals(text: string): DetectionSignal[] {
  const signals: DetectionSignal[] = [];
  const directive = DIRECTIVES.exec(text)?.[0];
  if (directive) signals.push(signal('text.directive', 2, directive));
  const tasks = count(text, TASK_MARKERS);
  const perThousand = (tasks * 1000) / Math.max(text.length, 1);
  if (tasks >= 5 && perThousand >= 1.5)
    signals.push(signal('text.task-language', 1, `${tasks} (${perThousand.toFixed(1)}/1000)`));
  const speech = count(text, SPEECH_MARKERS);
  if (speech >= 2 && tasks >= 5) signals.push(signal('text.speech-body', 2, String(speech)));
  for (const marker of NEGATIVE_MARKERS) {
    const hits = count(text, marker.pattern);
    if (hits >= marker.minimum) signals.push(signal(marker.id, marker.weight, String(hits)));
    else if (hits === 1 && marker.weight <= -5) signals.push(signal(`${marker.id}-hint`, -1));
  }
  return signals;
}

/** Shape of a list or home page: many dated rows or 索引号 values, little prose, mostly links. */
export function listShapeSignals(input: {
  listRowCount: number;
  indexNumbers: number;
  proseLines: number;
  linkShare: number;
  textLength: number;
}): DetectionSignal[] {
  const signals: DetectionSignal[] = [];
  if (input.indexNumbers >= 3)
    signals.push(signal('list.index-number-column', -5, String(input.indexNumbers)));
  if (input.listRowCount >= 5 && input.proseLines < 3)
    signals.push(
      signal('list.dated-rows', -4, `${input.listRowCount} rows, ${input.proseLines} prose lines`),
    );
  else if (input.listRowCount >= 15 && input.proseLines < 8)
    signals.push(signal('list.many-rows', -3, `${input.listRowCount} rows`));
  if (input.linkShare >= 0.6 && input.textLength > 0)
    signals.push(signal('list.link-dense', -2, input.linkShare.toFixed(2)));
  if (input.proseLines === 0 && input.textLength > 0) signals.push(signal('text.no-prose', -1));
  return signals;
}
