import { HEALTH_BODY } from './patterns';
import { signal, type DetectionSignal } from './signal';
import { pathSegments } from './url-signals';

/** National health authorities and their close relatives (DOMAIN.md, "Hosts"). */
const NATIONAL_HEALTH_DOMAINS = [
  'nhc.gov.cn',
  'nhfpc.gov.cn',
  'moh.gov.cn',
  'natcm.gov.cn',
  'satcm.gov.cn',
  'nhsa.gov.cn',
  'nmpa.gov.cn',
  'ndcpa.gov.cn',
];

/**
 * First host label of a local health commission or bureau: wjw. wsjkw. wsjk. wst. wjj. wsj.
 * (possibly after a place prefix: sxwjw., ynswsjkw.), Jiangxi's hc., TCM zyj., medical insurance ybj./ylbzj.
 */
const HEALTH_HOST_LABEL =
  /^(?:[a-z]{0,6}(?:wjw|wsjkw|wsjk|wsjkj|wjj|wsjw|wjwsjk|wjk|wsjsw)|wst|wsj|hc|hfpc|zyj|zyyj|ybj|ylbzj)$/;

/** Path segments of a health bureau's section inside a county or city portal (…/bm/wsj/gkml/…). */
const HEALTH_PATH_SEGMENTS = new Set([
  'wsj',
  'wjj',
  'wjw',
  'wsjkj',
  'wsjkw',
  'wsjk',
  'wjk',
  'wsjsw',
  'wjkj',
  'wsjj',
  'ybj',
  'zyj',
]);

/** A health body (not a topic such as the 卫生健康 subject category). */
const HEALTH_BODY_NAME =
  /(?:卫生健康|卫生计生|卫健|卫生和计划生育)(?:委员会|委|局)|卫生(?:局|厅)|中医药(?:管理)?局|医疗保障局|医保局|疾病预防控制(?:局|中心)/;
/** A whole <title> that is a health body's name: 四川省卫生健康委员会, 某某县卫生健康局. */
const HEALTH_SITE_TITLE =
  /^[\u4e00-\u9fa5]{2,16}(?:卫生健康委员会|卫生健康委|卫生健康局|卫生和计划生育委员会|卫生计生委|卫生局|卫生厅|中医药管理局|医疗保障局)(?:门户网站|网站|官网)?$/;
const BREADCRUMB = /当前位置|所在位置|您的位置|当前的位置|^首页\s*[>»/]/;
const FOOTER_SPONSOR = /(?:主办(?:单位)?|版权所有)\s*[:：]?\s*([^\s|｜]{2,40})/;

/** What the health decision needs to know about a page. */
export interface HealthSiteInput {
  url: string;
  metas: Readonly<Record<string, string>>;
  /** The cleaned `<title>`'s site part, when the title carries one. */
  documentTitle: string;
  text: string;
  infoBlock: Readonly<Record<string, string>>;
}

/** Host name of a URL in lower case, or `''`. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return '';
  }
}

/**
 * Evidence that the site (or the section of a portal the page lives in) belongs to a health
 * authority: host name, SiteName meta, the footer's 主办单位, the department path of a county
 * portal, and the publishing body of the page. The document's own issuer is not used here
 * (www.gov.cn republishes health commissions' documents but is not a health site).
 */
export function healthSiteSignals(input: HealthSiteInput): DetectionSignal[] {
  const signals: DetectionSignal[] = [];
  const host = hostOf(input.url);
  const governmentHost = /\.gov\.cn$|\.政务$/.test(host);
  if (NATIONAL_HEALTH_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`))) {
    signals.push(signal('site.national-health-host', 3, host));
  } else if (
    governmentHost &&
    host.split('.').length >= 4 &&
    HEALTH_HOST_LABEL.test(host.split('.')[0] ?? '')
  ) {
    // Only a sub-domain of a portal (wjw.<city>.gov.cn) names a department; a bare <x>.gov.cn is a whole government.
    signals.push(signal('site.health-host', 3, host));
  }

  const siteName = input.metas['sitename'] ?? '';
  if (HEALTH_BODY.test(siteName)) signals.push(signal('site.health-site-name', 3, siteName));
  else if (siteName && !/政府|门户/.test(siteName))
    signals.push(signal('site.other-site-name', -1, siteName));

  const sponsor = FOOTER_SPONSOR.exec(lastPart(input.text))?.[1];
  if (sponsor && HEALTH_BODY.test(sponsor)) signals.push(signal('site.health-sponsor', 2, sponsor));

  const department = pathSegments(input.url)
    .slice(0, -1)
    .find((segment) => HEALTH_PATH_SEGMENTS.has(segment));
  if (department) signals.push(signal('site.health-department-path', 2, department));

  const breadcrumb = input.text.split('\n', 60).find((line) => BREADCRUMB.test(line) && line.length <= 120);
  const crumbBody = breadcrumb ? HEALTH_BODY_NAME.exec(breadcrumb)?.[0] : undefined;
  if (crumbBody) signals.push(signal('site.health-breadcrumb', 1, crumbBody));

  const publisher =
    input.infoBlock['发布机构'] ??
    input.infoBlock['信息来源'] ??
    input.metas['contentsource'] ??
    input.metas['columnname'] ??
    '';
  if (publisher && HEALTH_BODY.test(publisher) && host !== 'www.gov.cn')
    signals.push(signal('site.health-publisher', 1, publisher));

  // Templates end the <title> with the site name (…_湖州市卫生健康委员会); some pages are titled by it alone.
  const titleParts = input.documentTitle.split(/[_|｜]|\s-\s/);
  const titleSite = titleParts.pop()?.trim() ?? '';
  const namesSite = titleParts.length > 0 ? HEALTH_BODY.test(titleSite) : HEALTH_SITE_TITLE.test(titleSite);
  if (titleSite && namesSite) signals.push(signal('site.health-title-suffix', 2, titleSite));
  return signals;
}

/** The last part of a page text, where the footer lives. */
function lastPart(text: string): string {
  return text.slice(Math.max(0, text.length - 1500));
}

/** Score from which a site counts as a health authority. */
export const HEALTH_SITE_THRESHOLD = 2;
