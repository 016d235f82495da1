/**
 * Command-line arguments of `policy-lens extract|detect`.
 */

/** A parsed command line. */
export type CliCommand =
  { command: 'extract'; file: string; date?: string } | { command: 'detect'; file: string; url?: string };

/** A usage error: printed as one line, exit code 2. */
export class UsageError extends Error {}

export const USAGE = 'usage: cli extract [--date YYYY-MM-DD] FILE | cli detect [--url URL] FILE.html';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses `argv` (without node and script). Throws {@link UsageError} on anything unexpected. */
export function parseArgs(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  if (command !== 'extract' && command !== 'detect') {
    throw new UsageError(command ? `unknown command "${command}"; ${USAGE}` : USAGE);
  }
  let file: string | undefined;
  let date: string | undefined;
  let url: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = (): string => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`missing value for ${arg}`);
      return v;
    };
    if (arg === '--date' && command === 'extract') date = value();
    else if (arg === '--url' && command === 'detect') url = value();
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg} for ${command}; ${USAGE}`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`unexpected argument "${arg}"; ${USAGE}`);
  }
  if (file === undefined) throw new UsageError(`missing FILE; ${USAGE}`);
  if (date !== undefined && !(ISO_DATE.test(date) && isRealDate(date))) {
    throw new UsageError(`--date must be a real date YYYY-MM-DD, got "${date}"`);
  }
  if (url !== undefined && !/^https?:\/\/[^\s]+$/i.test(url)) {
    throw new UsageError(`--url must be an http(s) URL, got "${url}"`);
  }
  return command === 'extract' ? { command, file, date } : { command, file, url };
}

function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso);
}
