import type { ClipDocument } from '../core/clip';

/** Administrative level of the body that issued a document. */
export type AdminLevel = 'national' | 'provincial' | 'city' | 'county';

/** Labels shown in the targets table. */
export const ADMIN_LEVEL_LABELS: Readonly<Record<AdminLevel, string>> = {
  national: '国家',
  provincial: '省级',
  city: '市级',
  county: '县级',
};

/** Hosts of national bodies (and their sub-domains), per DOMAIN.md "Hosts". */
const NATIONAL_HOSTS = [
  'nhc.gov.cn',
  'nhfpc.gov.cn',
  'moh.gov.cn',
  'natcm.gov.cn',
  'nhsa.gov.cn',
  'nmpa.gov.cn',
  'ndcpa.gov.cn',
];

/**
 * The label a province's portal uses before `.gov.cn`. Only slugs seen on real health
 * commission hosts; `gz` is deliberately absent (it is Guangzhou, a city).
 */
const PROVINCE_SLUGS = new Set([
  'beijing',
  'tj',
  'tianjin',
  'hebei',
  'shanxi',
  'nmg',
  'ln',
  'jl',
  'hlj',
  'sh',
  'shanghai',
  'jiangsu',
  'zj',
  'zhejiang',
  'ah',
  'fujian',
  'jiangxi',
  'shandong',
  'henan',
  'hubei',
  'hunan',
  'gd',
  'gxzf',
  'hainan',
  'cq',
  'sc',
  'guizhou',
  'yn',
  'xizang',
  'shaanxi',
  'gansu',
  'qinghai',
  'nx',
  'xinjiang',
  'xjbt',
]);

/** First labels of health-commission sub-domains (wjw.huzhou.gov.cn). */
const HEALTH_PREFIXES = new Set([
  'wjw',
  'wsjkw',
  'wsjk',
  'wst',
  'wjj',
  'wsj',
  'wsjw',
  'hc',
  'zyj',
  'ynswsjkw',
  'sxwjw',
]);

/**
 * The level a host name implies: national bodies' domains → national; `<dept>.<province>.gov.cn`
 * → provincial; a health department under another `.gov.cn` name → city; a county portal's
 * health bureau section (`…/bm/wsj/…`) → county. Undefined when the host does not say.
 */
export function levelFromHost(host: string, path = ''): AdminLevel | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h === 'gov.cn' || h === 'www.gov.cn') return 'national';
  if (NATIONAL_HOSTS.some((n) => h === n || h.endsWith(`.${n}`))) return 'national';
  if (!h.endsWith('.gov.cn')) return undefined;
  const labels = h.slice(0, -'.gov.cn'.length).split('.');
  const region = labels[labels.length - 1] ?? '';
  if (PROVINCE_SLUGS.has(region)) return labels.length <= 2 ? 'provincial' : 'city';
  if (/\/bm\/wsj\//.test(path)) return 'county';
  if (labels.length === 2 && HEALTH_PREFIXES.has(labels[0] ?? '')) return 'city';
  return undefined;
}

const MUNICIPALITY = /^(北京|天津|上海|重庆)市/;

/**
 * The level an issuer's name implies (发文机关 / 发布机构), e.g. 国家卫生健康委 → national,
 * 广西壮族自治区卫生健康委员会 → provincial, 湖州市卫生健康委员会 → city,
 * 北京市朝阳区卫生健康委员会 or 夏邑县卫生健康委 → county. Undefined when the name does not say.
 */
export function levelFromIssuer(issuer: string): AdminLevel | undefined {
  const name = issuer
    .trim()
    .replace(/自治区/g, '省')
    .replace(/自治州/g, '州')
    .replace(/自治县/g, '县')
    .replace(/自治旗/g, '旗');
  if (!name) return undefined;
  if (/^(国家|国务院|中华人民共和国|中共中央|卫生部|全国)/.test(name)) return 'national';
  if (/^[^，,、]{0,12}?[市州盟].{1,8}?[区县旗](?:卫生|卫健|人民政府|政府|委|局)/.test(name)) return 'county';
  if (/^[^市省]{1,8}[县旗](?:卫生|卫健|人民政府|政府|委|局)/.test(name)) return 'county';
  if (/^[^市省]{1,6}区(?:卫生|卫健|人民政府|政府)/.test(name)) return 'county';
  if (MUNICIPALITY.test(name)) return 'provincial';
  if (/省.{1,8}?[市州盟]/.test(name)) return 'city';
  if (/省/.test(name)) return 'provincial';
  if (/[市州盟]|地区/.test(name)) return 'city';
  return undefined;
}

/**
 * The level of a clip's document: from the issuer's name when it is known and telling,
 * otherwise from the host and path of its address.
 */
export function inferAdminLevel(doc: Pick<ClipDocument, 'url' | 'site' | 'issuer'>): AdminLevel | undefined {
  const fromIssuer = doc.issuer ? levelFromIssuer(doc.issuer) : undefined;
  if (fromIssuer) return fromIssuer;
  try {
    const url = new URL(doc.url);
    return levelFromHost(url.hostname, url.pathname);
  } catch {
    return doc.site ? levelFromHost(doc.site) : undefined;
  }
}
