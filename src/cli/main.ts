/**
 * Policy Lens on the command line, over the same src/ code as the extension:
 *   npm run --silent cli -- extract [--date YYYY-MM-DD] FILE   (.txt as text, .html as a page)
 *   npm run --silent cli -- detect [--url URL] FILE.html
 * Prints JSON on stdout. Bad arguments or an unreadable file: one line on stderr, exit 2.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { extract } from '../extract/index';
import { localIsoDate } from '../library/local-date';
import { parseArgs, UsageError, type CliCommand } from './args';
import { readPage } from './read-page';

function readText(file: string): string {
  try {
    // Exactly as read, a byte-order mark included: offsets must match what other tools
    // (and the scorer) get from readFileSync(file, 'utf8').
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(error))}`,
    );
  }
}

function run(cmd: CliCommand): unknown {
  const text = readText(cmd.file);
  const fileUrl = pathToFileURL(cmd.file).href;
  const isHtml = /\.x?html?$/i.test(cmd.file);
  if (cmd.command === 'detect') {
    if (!isHtml) throw new UsageError(`detect reads an .html page, got ${cmd.file}`);
    return readPage(text, cmd.url, fileUrl).detection;
  }
  const fallbackDate = cmd.date ?? localIsoDate(new Date());
  if (!isHtml) return extract(text, { fallbackDate });
  const page = readPage(text, undefined, fileUrl);
  return extract(page.text, { fallbackDate, hints: page.detection.document });
}

function main(argv: readonly string[]): number {
  try {
    const output = run(parseArgs(argv));
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`policy-lens: ${message.split('\n')[0]}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
