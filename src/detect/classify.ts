import type { PageIdentityHints } from '../core/document';
import { anatomySignals, listShapeSignals, wordingSignals } from './content-signals';
import { readAnatomy } from './document-anatomy';
import { healthSiteSignals, HEALTH_SITE_THRESHOLD } from './health-site';
import { identityHints } from './identity-hints';
import { countIndexNumbers } from './list-rows';
import { metaSignals } from './meta-signals';
import { pickTitle } from './page-title';
import { HEALTH_BODY } from './patterns';
import { scoreOf, signal, type DetectionSignal } from './signal';
import type { PageSnapshot } from './snapshot';
import { classifyTitle, POLICY_GENRES, type TitleGenre } from './title-genre';
import { headAndTail } from './text-window';
import { urlSignals } from './url-signals';

export type { DetectionSignal } from './signal';

/** The verdict on a page, with the evidence behind it. */
export interface Detection {
  /** A single policy document (notice, opinion, plan, measures, work points, speech…). */
  policyPage: boolean;
  /** The site, or the portal section the page lives in, belongs to a health authority. */
  healthSite: boolean;
  /** Policy score: the sum of the weights of the policy signals (`site.*` signals are not counted). */
  score: number;
  /** Policy signals, then `site.*` health signals, each with its weight. */
  signals: DetectionSignal[];
  /** Identity the page states: title, 文号, 发文机关, dates, 索引号, attachments. */
  document: PageIdentityHints;
  /**
   * Added field (optional): the document is about health (title or issuer names a health
   * body or topic) even when the site is not a health authority, e.g. a State Council
   * document on www.gov.cn.
   */
  healthTopic?: boolean;
  /** Added field (optional): the genre the title declares. */
  genre?: TitleGenre;
}

/** Score from which a page with core evidence counts as a policy document. */
export const POLICY_THRESHOLD = 4;

const GENRE_WEIGHTS: Readonly<Record<TitleGenre, number>> = {
  policy: 3,
  speech: 3,
  'work-points': 3,
  interpretation: -6,
  'proposal-reply': -6,
  'publicity-list': -6,
  procurement: -6,
  report: -6,
  bulletin: -6,
  announcement: -3,
  news: -1,
  unknown: 0,
};

/** Signals that only an official document (or a speech assigning tasks) produces; one is required. */
const CORE_EVIDENCE = new Set([
  'title.policy',
  'title.speech',
  'title.work-points',
  'text.doc-number-before-recipients',
  'text.recipients-line',
  'text.closing-formula',
  'text.disclosure-mark',
  'text.directive',
  'text.speech-body',
]);

const HEALTH_TOPIC =
  /卫生|健康|医疗|医院|医药|医保|医师|护士|护理|疾病|疾控|传染病|疫苗|免疫|药品|中医|妇幼|计划生育|计生|生育|老龄|托育|职业病|爱国卫生|公共卫生|急救|血液/;

/**
 * Classifies a page snapshot: is it a single policy document, is the site a health
 * authority. Pure: weighs independent signals from the URL, meta tags, title genre, the
 * 信息公开 block, document layout, wording and list shape, and explains itself.
 */
export function classifyPage(snapshot: PageSnapshot): Detection {
  // Patterns run over a head and a tail window: on a 5 MB page they would take seconds.
  const windowText = headAndTail(snapshot.text);
  const lines = windowText.split('\n').filter((line) => line.length > 0);
  const linkTexts = new Set(snapshot.links.map((link) => link.text).filter((text) => text.length > 0));
  const isLinkLine = linkLineTest(linkTexts);
  const contentLines = lines.filter((line) => !isLinkLine(line));
  const contentText = contentLines.join('\n');

  const title = pickTitle(snapshot, lines, linkTexts);
  const genre = classifyTitle(title);
  const anatomy = readAnatomy(contentLines);
  const document = identityHints(snapshot, title, anatomy);
  const indexNumbers = countIndexNumbers(windowText);

  const policySignals: DetectionSignal[] = [];
  if (GENRE_WEIGHTS[genre] !== 0) policySignals.push(signal(`title.${genre}`, GENRE_WEIGHTS[genre], title));
  policySignals.push(...urlSignals(snapshot.url), ...metaSignals(snapshot.metas));
  if (snapshot.infoBlock['索引号'] && indexNumbers < 3)
    policySignals.push(signal('info.index-number', 1, snapshot.infoBlock['索引号']));
  const declaredKind = snapshot.infoBlock['公文种类'] ?? snapshot.infoBlock['文种'];
  if (declaredKind && POLICY_GENRES.has(classifyTitle(declaredKind)))
    policySignals.push(signal('info.document-kind', 1, declaredKind));
  const blockNumber = snapshot.infoBlock['发文字号'] ?? snapshot.infoBlock['文号'];
  if (document.writtenDate || (blockNumber && blockNumber === document.docNumber)) {
    policySignals.push(signal('info.document-fields', 1));
  }
  policySignals.push(...anatomySignals(anatomy), ...wordingSignals(contentText));
  if (document.attachments?.length)
    policySignals.push(signal('text.attachments', 1, String(document.attachments.length)));
  policySignals.push(
    ...listShapeSignals({
      listRowCount: snapshot.listRowCount,
      indexNumbers,
      proseLines: countProseLines(contentLines),
      linkShare: linkShare(snapshot),
      textLength: snapshot.text.length,
    }),
  );

  const score = scoreOf(policySignals);
  const policyPage =
    score >= POLICY_THRESHOLD && policySignals.some((item) => CORE_EVIDENCE.has(item.id) && item.weight > 0);

  const healthSignals = healthSiteSignals({
    url: snapshot.url,
    metas: snapshot.metas,
    documentTitle: snapshot.title,
    text: snapshot.text,
    infoBlock: snapshot.infoBlock,
  });
  const healthSite = scoreOf(healthSignals) >= HEALTH_SITE_THRESHOLD;
  const healthTopic = healthSite || HEALTH_TOPIC.test(title) || HEALTH_BODY.test(document.issuer ?? '');

  return {
    policyPage,
    healthSite,
    score,
    signals: [...policySignals, ...healthSignals],
    document,
    healthTopic,
    genre,
  };
}

const MIN_ROW_TITLE = 6;
/** List-shape signals only ask whether a page has fewer than 8 prose lines. */
const PROSE_LINES_COUNTED = 8;
const MIN_PROSE_LINE = 50;

function countProseLines(lines: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < lines.length && count < PROSE_LINES_COUNTED; i++)
    if (lines[i]!.length >= MIN_PROSE_LINE) count++;
  return count;
}

/**
 * Recognises lines that are mostly a link's text: navigation, or a list row (title + date).
 * Such lines are not the document's own wording. Link texts are indexed by their first
 * characters so a page with thousands of links stays linear.
 */
function linkLineTest(linkTexts: ReadonlySet<string>): (line: string) => boolean {
  const byPrefix = new Map<string, string[]>();
  let longest = 0;
  for (const text of linkTexts) {
    longest = Math.max(longest, text.length);
    if (text.length < MIN_ROW_TITLE) continue;
    const prefix = text.slice(0, MIN_ROW_TITLE);
    const bucket = byPrefix.get(prefix);
    if (bucket) bucket.push(text);
    else byPrefix.set(prefix, [text]);
  }
  return (line) => {
    if (linkTexts.has(line)) return true;
    // No link text can be half of a line twice as long as the longest link text.
    if (line.length > longest * 2) return false;
    // A dominating link text (≥ half the line) must start in the first half of the line.
    for (let start = 0; start <= line.length / 2; start += 1) {
      const candidates = byPrefix.get(line.slice(start, start + MIN_ROW_TITLE));
      if (candidates?.some((text) => text.length * 2 >= line.length && line.startsWith(text, start)))
        return true;
    }
    return false;
  };
}

/** Share of the visible text that is link text (navigation, list rows). */
function linkShare(snapshot: PageSnapshot): number {
  if (snapshot.text.length === 0) return 0;
  const linkChars = snapshot.links.reduce((sum, link) => sum + link.text.length, 0);
  return Math.min(1, linkChars / snapshot.text.length);
}
