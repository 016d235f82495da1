import type { Clip } from '../../core/clip';
import { openPolicyLensDb } from '../../storage/open-database';
import { fromStoredClip } from '../../storage/stored-clip';

/**
 * The first `count` clips in due-date order, read with a cursor so that a 10,000-clip library
 * shows its first screen before the full read (which copies every record) has finished.
 * The list replaces them as soon as the full read arrives; only recurring deadlines may move.
 * This reads the schema's `by-due` index directly because ClipStore offers no partial read yet
 * (reported to the storage owner); it only ever reads, on its own short-lived connection.
 */
export async function readFirstScreen(factory: IDBFactory, count: number): Promise<Clip[]> {
  const db = await openPolicyLensDb(factory, () => {});
  try {
    const clips: Clip[] = [];
    let cursor = await db.transaction('clips').store.index('by-due').openCursor();
    while (cursor && clips.length < count) {
      clips.push(fromStoredClip(cursor.value));
      cursor = await cursor.continue();
    }
    return clips;
  } finally {
    db.close();
  }
}
