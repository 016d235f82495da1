import { useState } from 'preact/hooks';
import { formatImportError, parseClipsJson, planImport } from '../../export/index';
import { StorageError } from '../../storage/storage-error';
import { getLocale, t } from '../../i18n/i18n';
import type { ClipLibrary } from './use-clip-library';

/** What the last import did. */
export type ImportOutcome =
  | { kind: 'working' }
  | { kind: 'done'; added: number; skipped: number }
  | { kind: 'invalid'; errors: string[] }
  | { kind: 'failed'; error: string; problems: string[] };

/**
 * Reads a JSON export and merges it into the library. All or nothing: a file with any error
 * changes nothing and every error is listed (record number, field, what is wrong).
 */
export async function importClipsFile(text: string, library: ClipLibrary): Promise<ImportOutcome> {
  const parsed = parseClipsJson(text);
  if (!parsed.ok)
    return { kind: 'invalid', errors: parsed.errors.map((e) => formatImportError(e, getLocale())) };
  const plan = planImport(library.clips, parsed.clips);
  try {
    const result = plan.toAdd.length > 0 ? await library.importAll(plan.toAdd) : { added: 0, skipped: 0 };
    return { kind: 'done', added: result.added, skipped: plan.duplicates.length + result.skipped };
  } catch (e) {
    const problems = e instanceof StorageError ? e.problems : [];
    return { kind: 'failed', error: e instanceof Error ? e.message : String(e), problems };
  }
}

/** The `[data-testid="import"]` file input and its report. */
export function ImportControl(props: { library: ClipLibrary; disabled: boolean }) {
  const [outcome, setOutcome] = useState<ImportOutcome | undefined>();
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setOutcome({ kind: 'working' });
    const text = await file.text();
    setOutcome(await importClipsFile(text, props.library));
    // Let the same file be chosen again after fixing it.
    input.value = '';
  };
  return (
    <div class="import-control">
      <label class="import-control__label">
        {t('importLabel')}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="import"
          disabled={props.disabled}
          onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)}
        />
      </label>
      {outcome?.kind === 'working' && <p role="status">{t('importReading')}</p>}
      {outcome?.kind === 'done' && (
        <p role="status" data-testid="import-result">
          {t('importResult', { added: outcome.added, skipped: outcome.skipped })}
        </p>
      )}
      {outcome?.kind === 'invalid' && (
        <div role="alert" data-testid="import-errors">
          <p>{t('importFailed', { count: outcome.errors.length })}</p>
          <ol>
            {outcome.errors.map((line, i) => (
              <li key={i} data-testid="import-error">
                {line}
              </li>
            ))}
          </ol>
        </div>
      )}
      {outcome?.kind === 'failed' && (
        <div role="alert" data-testid="import-errors">
          <p>{t('importStorageFailed', { error: outcome.error })}</p>
          {outcome.problems.length > 0 && (
            <ol>
              {outcome.problems.map((line, i) => (
                <li key={i} data-testid="import-error">
                  {line}
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </div>
  );
}
