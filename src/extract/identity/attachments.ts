/**
 * Attachments a document lists: 附件：1.… 2.… (a numbered block) or 附件1：… lines.
 */
import type { Attachment } from '../../core/document';

const BLOCK_START = /^[ \t]*附[ \t]*件[ \t]*[:：][ \t]*(.*)$/;
const NUMBERED = /^[ \t]*(\d{1,2})[ \t]*[.．、][ \t]*(.+)$/;
const LABELLED = /^[ \t]*附件[ \t]*(\d{1,2})[ \t]*[:：][ \t]*(.+)$/;

function clean(name: string): string {
  return name.trim().replace(/[。;；]$/, '');
}

/** Lists the attachments named in the text (the first 附件： block, else 附件N： lines). */
export function findAttachments(text: string): Attachment[] {
  if (!text.includes('附')) return [];
  const ls = text.split('\n');
  for (let i = 0; i < ls.length; i++) {
    const m = BLOCK_START.exec(ls[i] ?? '');
    if (!m) continue;
    const first = (m[1] ?? '').trim();
    const out: Attachment[] = [];
    const n = NUMBERED.exec(first);
    if (first.length > 0 && !n) return [{ name: clean(first) }];
    if (n) out.push({ name: clean(n[2] ?? '') });
    for (let j = i + 1; j < ls.length && j <= i + 40; j++) {
      const l = (ls[j] ?? '').trim();
      if (l.length === 0) continue;
      const item = NUMBERED.exec(l);
      if (!item) break;
      out.push({ name: clean(item[2] ?? '') });
    }
    if (out.length > 0) return out;
  }
  const out: Attachment[] = [];
  const seen = new Set<string>();
  for (const l of ls) {
    const m = LABELLED.exec(l);
    if (m && !seen.has(m[1] ?? '')) {
      seen.add(m[1] ?? '');
      out.push({ name: clean(m[2] ?? '') });
    }
  }
  return out;
}
