import { parseInfoBlock } from './info-block';
import { countIndexNumbers } from './list-rows';
import type { PageSnapshot } from './snapshot';
import { normaliseLines } from './visible-text';

/**
 * A {@link PageSnapshot} for plain text (a saved article, an OCR file, CLI input without
 * HTML): no metas or links; the 信息公开 block and 索引号 count are read from the text.
 */
export function snapshotFromText(text: string, url = '', title = ''): PageSnapshot {
  const lines = normaliseLines(text);
  return {
    url,
    title,
    metas: {},
    text: lines,
    links: [],
    infoBlock: parseInfoBlock(lines.split('\n')),
    listRowCount: countIndexNumbers(lines),
  };
}
