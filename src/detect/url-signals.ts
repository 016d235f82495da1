import { signal, type DetectionSignal } from './signal';

/** Path words of disclosure and document columns (DOMAIN.md, "URL shapes"). */
const DOCUMENT_PATH_WORDS = new Set([
  'xxgk',
  'zwgk',
  'zfxxgk',
  'gkml',
  'fdzdgknr',
  'zcwj',
  'zcfg',
  'gfxwj',
  'tzgg',
  'wjfb',
  'zhengce',
  'zhengceku',
  'zfwj',
  'bmwj',
  'gfwj',
  'wjtz',
  'tzgs',
  'zxwj',
  'zcwjk',
  'zc',
  'wj',
  'ghjh',
  'fgwj',
]);

/** Path words of columns that hold something else, with how strongly they argue against a policy page. */
const OTHER_PATH_WORDS: Readonly<Record<string, number>> = {
  zcjd: -4,
  jd: -2,
  zjjd: -4,
  tjjd: -4,
  wzjd: -4,
  xwzx: -2,
  xwdt: -2,
  gzdt: -2,
  tpxw: -2,
  mtbd: -2,
  mtjj: -2,
  sjdt: -2,
  xwfb: -2,
  jcdt: -2,
  xxdt: -2,
  ywdt: -2,
  dfdt: -2,
  bmdt: -2,
  zwdt: -2,
  xw: -2,
  news: -2,
  yqtb: -4,
  yqfk: -1,
  yqxx: -3,
  jyta: -4,
  rdjy: -4,
  zxta: -4,
  jytabl: -4,
  jyblhf: -4,
  rddbjy: -4,
  zxwyta: -4,
  tajy: -4,
  jytadf: -4,
  ztzl: -1,
  zt: -1,
  zfcg: -4,
  cgxx: -4,
  cggg: -4,
  zbcg: -4,
  rsxx: -2,
  zkzp: -3,
  rszp: -3,
  gsgg: -2,
};

const DETAIL_SHAPES: readonly RegExp[] = [
  /\/t\d{8}_\d+\.s?html?$/i, // TRS
  /\/[0-9a-f]{32}\.s?html?$/i, // NHC
  /\/art_\d+_\d+\.html$/i, // Zhejiang 大汉
  /\/post_\d+\.html$/i, // Guangdong
  /\/content_\d+\.s?htm?l?$/i, // gov.cn
  /\/(?:art|info|content|detail|article)\/?.*\d{3,}\.s?html?$/i,
  /\/\d{4,}\/?\d*\/?[0-9a-z_-]*\d{3,}\.s?html?$/i,
];

const LIST_SHAPES: readonly RegExp[] = [
  /\/(?:[a-z]+_)?(?:index|list|default|more)(?:_[a-z0-9]+)?\.(?:s?html?|jsp|aspx?|php)$/i,
  /\/col\/col\d+\/index\.html$/i,
  /\/gkmlpt\/(?:index|mindex)?$/i,
  /\/(?:list|index)(?:_\d+)?$/i,
];

/** Lower-cased path segments of a URL, or `[]` when it does not parse. */
export function pathSegments(url: string): string[] {
  try {
    return new URL(url).pathname.toLowerCase().split('/').filter(Boolean);
  } catch {
    return [];
  }
}

/** Evidence from the URL: home page, list or detail shape, and column path words. */
export function urlSignals(url: string): DetectionSignal[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const path = parsed.pathname;
  const signals: DetectionSignal[] = [];
  if (/^\/(?:(?:index|default|main|home)\.(?:s?html?|jsp|aspx?|php))?$/i.test(path)) {
    signals.push(signal('url.home', -5, path));
  } else if (LIST_SHAPES.some((shape) => shape.test(path))) {
    signals.push(signal('url.list-shape', -3, path));
  } else if (DETAIL_SHAPES.some((shape) => shape.test(path))) {
    signals.push(signal('url.detail-shape', 1, path));
  }
  // A list path with ?pageNum=2 or similar is a list even when its file name looks neutral.
  if (
    /[?&](?:pagenum|page|pageno|currpage|pageindex)=\d+/i.test(parsed.search) &&
    !signals.some((s) => s.id === 'url.list-shape')
  ) {
    signals.push(signal('url.paged', -2, parsed.search));
  }
  // Column folders are sometimes compound (zwgk_jyta, xxgk-zcjd): weigh each word.
  const segments = pathSegments(url)
    .slice(0, -1)
    .flatMap((segment) => segment.split(/[_-]/));
  const other = segments
    .map((segment) => [segment, OTHER_PATH_WORDS[segment]] as const)
    .filter(([, weight]) => weight !== undefined);
  if (other.length > 0) {
    const [segment, weight] = other.reduce((worst, entry) =>
      (entry[1] ?? 0) < (worst[1] ?? 0) ? entry : worst,
    );
    signals.push(signal('url.other-column', weight ?? 0, segment));
  } else {
    const word = segments.find((segment) => DOCUMENT_PATH_WORDS.has(segment));
    if (word) signals.push(signal('url.document-column', 1, word));
  }
  return signals;
}
