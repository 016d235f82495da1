import { readFileSync } from 'node:fs';
import { fold } from '../src/extract/text/fold';
import { buildSections } from '../src/extract/text/sections';
const file = process.argv[2]!;
const t = fold(readFileSync('/work/shared/seeds/' + file, 'utf8'));
const m = buildSections(t);
m.starts.forEach((s, i) => console.log(s, m.review[i] ? 'REVIEW' : 'plan  ', JSON.stringify(t.slice(s, s + 50))));
