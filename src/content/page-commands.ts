/**
 * The keyboard shortcuts of the manifest (`commands`), carried out on the page.
 */
import type { PageCommand } from '../messaging/protocol';
import type { PageSession } from './page-session';

/** Carries out `command`; returns whether it did anything. */
export async function runPageCommand(
  session: Pick<PageSession, 'step' | 'setHighlightsOn' | 'view'>,
  command: PageCommand,
): Promise<boolean> {
  switch (command) {
    case 'next-highlight':
      return session.step(1) !== undefined;
    case 'previous-highlight':
      return session.step(-1) !== undefined;
    case 'toggle-highlights':
      await session.setHighlightsOn(!session.view.highlightsOn);
      return true;
  }
}
