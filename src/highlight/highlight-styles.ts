/**
 * Styles of the in-page highlights. Injected once per page as a `<style>` marked as our UI.
 * Selectors carry the class and the attribute, and the properties that make a highlight
 * readable are `!important`, so page CSS aimed at `mark` (`mark { background: black }`) cannot
 * wreck them. Colours are translucent over the page's own background and keep the page's text
 * colour, so they stay legible on light and dark pages; each kind also has its own underline
 * style so that colour is not the only cue (WCAG 1.4.1).
 */
import { OWN_UI_ATTRIBUTE } from '../page/dom-text';

const STYLE_ID = 'policy-lens-highlight-styles';

/** `<html>` attribute listing the kinds the reader has hidden, e.g. `deadline target`. */
export const HIDDEN_KINDS_ATTRIBUTE = 'data-pl-hide';

/** CSS of the highlight marks. */
export const HIGHLIGHT_CSS = `
mark.pl-hl[data-pl-kind] {
  all: unset;
  display: inline !important;
  color: inherit !important;
  border-radius: 2px;
  box-decoration-break: clone;
  -webkit-box-decoration-break: clone;
  cursor: help;
}
mark.pl-hl[data-pl-kind="deadline"] {
  background: rgba(255, 186, 0, 0.38) !important;
  box-shadow: inset 0 -2px 0 rgb(214, 120, 0) !important;
}
mark.pl-hl[data-pl-kind="target"] {
  background: rgba(70, 150, 255, 0.3) !important;
  box-shadow: inset 0 -2px 0 rgb(40, 110, 230) !important;
  text-decoration: underline dotted rgb(40, 110, 230) !important;
  text-underline-offset: 3px;
}
mark.pl-hl[data-pl-kind="deadline"][data-pl-overdue="true"] {
  background: rgba(240, 60, 60, 0.28) !important;
  box-shadow: inset 0 -2px 0 rgb(210, 30, 30) !important;
  text-decoration: underline wavy rgb(210, 30, 30) !important;
  text-underline-offset: 3px;
}
mark.pl-hl[data-pl-kind][data-pl-saved="true"] {
  outline: 2px solid rgb(0, 160, 90) !important;
  outline-offset: 1px;
}
mark.pl-hl[data-pl-kind]:focus-visible,
mark.pl-hl[data-pl-kind][data-pl-current="true"] {
  outline: 3px solid rgb(140, 60, 220) !important;
  outline-offset: 2px;
}
html[${HIDDEN_KINDS_ATTRIBUTE}~="deadline"] mark.pl-hl[data-pl-kind="deadline"],
html[${HIDDEN_KINDS_ATTRIBUTE}~="target"] mark.pl-hl[data-pl-kind="target"] {
  background: transparent !important;
  box-shadow: none !important;
  text-decoration: none !important;
  outline: none !important;
  cursor: auto;
}
@media (forced-colors: active) {
  mark.pl-hl[data-pl-kind] { background: Mark !important; color: MarkText !important; }
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

/** Shows or hides the highlights of one kind (styling only; the marks stay for navigation). */
export function setKindHidden(doc: Document, kind: string, hidden: boolean): void {
  const root = doc.documentElement;
  const kinds = new Set((root.getAttribute(HIDDEN_KINDS_ATTRIBUTE) ?? '').split(/\s+/).filter(Boolean));
  if (hidden) kinds.add(kind);
  else kinds.delete(kind);
  if (kinds.size === 0) root.removeAttribute(HIDDEN_KINDS_ATTRIBUTE);
  else root.setAttribute(HIDDEN_KINDS_ATTRIBUTE, [...kinds].sort().join(' '));
}
