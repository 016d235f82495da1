/**
 * CSS of the panel and hover card, inside their shadow root: the page's styles cannot reach
 * in, and `all: initial` on the host keeps inherited page styles (fonts, colours) out too.
 */
export const PANEL_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.pl-root {
  --bg: #ffffff; --fg: #1d1d1f; --muted: #5f6368; --line: #d7d9dd; --accent: #7a3cd6;
  --deadline: #b36b00; --target: #1f5fbf; --overdue: #c62828; --saved: #00784a;
  font: 13px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  color: var(--fg);
}
@media (prefers-color-scheme: dark) {
  .pl-root { --bg: #202124; --fg: #e8eaed; --muted: #a8adb3; --line: #3c4043; --accent: #b58cff;
    --deadline: #ffb74d; --target: #8ab4f8; --overdue: #ff8a80; --saved: #5bd69a; }
}
.pl-panel, .pl-card, .pl-launcher {
  position: fixed; z-index: 2147483646; background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 4px 18px rgba(0,0,0,.25);
}
.pl-panel { right: 16px; bottom: 16px; width: 280px; max-height: 70vh; overflow: auto; padding: 10px 12px; }
.pl-launcher { right: 16px; bottom: 16px; padding: 6px 10px; cursor: pointer; font: inherit; }
.pl-head { display: flex; align-items: center; justify-content: space-between; margin-bottom: 6px; }
.pl-title { font-weight: 600; }
button { font: inherit; color: inherit; background: transparent; border: 1px solid var(--line);
  border-radius: 5px; padding: 2px 8px; cursor: pointer; }
button:hover { border-color: var(--accent); }
button:focus-visible, input:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
button:disabled { opacity: .55; cursor: default; }
.pl-close { border: none; font-size: 16px; line-height: 1; padding: 2px 6px; }
.pl-identity { margin: 0 0 8px; display: grid; grid-template-columns: auto 1fr; gap: 0 8px; color: var(--muted); }
.pl-identity dt { white-space: nowrap; }
.pl-identity dd { margin: 0; color: var(--fg); overflow-wrap: anywhere; }
.pl-kinds { display: flex; gap: 12px; flex-wrap: wrap; margin-bottom: 8px; }
.pl-kinds label { display: inline-flex; align-items: center; gap: 4px; cursor: pointer; }
.pl-swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; }
.pl-swatch--deadline { background: var(--deadline); }
.pl-swatch--target { background: var(--target); }
.pl-saved { color: var(--saved); }
.pl-nav { display: flex; align-items: center; justify-content: space-between; gap: 6px; margin-bottom: 8px; }
.pl-position { color: var(--muted); font-variant-numeric: tabular-nums; }
.pl-unanchored { margin-top: 8px; padding-top: 6px; border-top: 1px solid var(--line); color: var(--overdue); }
.pl-limit { margin: 6px 0; color: var(--muted); }
.pl-unanchored ul { margin: 4px 0 0; padding-left: 18px; color: var(--fg); }
.pl-card { width: 300px; padding: 8px 10px; }
.pl-card-kind { display: inline-block; font-weight: 600; margin-right: 6px; }
.pl-card-kind--deadline { color: var(--deadline); }
.pl-card-kind--target { color: var(--target); }
.pl-card-quote { color: var(--muted); overflow-wrap: anywhere; }
.pl-card-meaning { margin: 4px 0; font-weight: 600; }
.pl-card-countdown { color: var(--muted); }
.pl-card-countdown--overdue { color: var(--overdue); font-weight: 600; }
.pl-card-actions { margin-top: 6px; display: flex; gap: 8px; align-items: center; }
.pl-card-error { color: var(--overdue); }
`;
