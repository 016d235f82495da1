import { readFileSync } from 'node:fs';
import { fold } from '../src/extract/text/fold';
import { sentenceStart, sentenceEnd } from '../src/extract/text/boundaries';
const [file, pos] = [process.argv[2]!, Number(process.argv[3])];
const t = fold(readFileSync('/work/shared/seeds/' + file, 'utf8'));
const s = t.slice(sentenceStart(t, pos, 160), sentenceEnd(t, pos, 120));
console.log(s);
const FUTURE = /((?<![需重主纪摘概简只])要(?![求点素闻])|确保|力争|争取(?!到)|必须|务必|应当|(?<![适响相供反])应(?![急用该])|将(?!军|近)|计划|力求|努力|不能|不得|须|预期|预计|到20)/g;
console.log([...s.matchAll(FUTURE)].map(m=>m[0]+'@'+m.index));
