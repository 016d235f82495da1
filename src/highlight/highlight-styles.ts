/**
 * Styles of the in-page highlights. Injected once per page as a `<style>` marked as our UI.
 * Selectors carry the class and the attribute so that page CSS aimed at plain `mark`
 * elements loses on specificity, and the colours work on light and dark pages.
 */
import { OWN_UI_ATTRIBUTE } from '../page/dom-text';

const STYLE_ID = 'policy-lens-highlight-styles';

/** CSS of the highlight marks. */
export const HIGHLIGHT_CSS = `
mark.pl-hl[data-pl-kind] {
  all: unset;
  display: inline;
  border-radius: 2px;
  box-decoration-break: clone;
  -webkit-box-decoration-break: clone;
  cursor: help;
  color: inherit;
}
mark.pl-hl[data-pl-kind="deadline"] {
  background: rgba(255, 196, 0, 0.35);
  box-shadow: inset 0 -2px 0 rgba(204, 120, 0, 0.9);
}
mark.pl-hl[data-pl-kind="target"] {
  background: rgba(64, 156, 255, 0.25);
  box-shadow: inset 0 -2px 0 rgba(0, 92, 204, 0.9);
}
mark.pl-hl[data-pl-kind="deadline"][data-pl-overdue="true"] {
  background: rgba(255, 80, 80, 0.25);
  box-shadow: inset 0 -2px 0 rgba(200, 0, 0, 0.9);
  text-decoration: line-through rgba(200, 0, 0, 0.5);
}
mark.pl-hl[data-pl-saved="true"] {
  outline: 2px solid rgba(0, 150, 80, 0.9);
  outline-offset: 1px;
}
mark.pl-hl[data-pl-kind]:focus-visible {
  outline: 3px solid Highlight;
}
`;

/** Adds the highlight styles to the page once. */
export function ensureHighlightStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.setAttribute(OWN_UI_ATTRIBUTE, '');
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
}
