import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { cumulativeOffsets, visibleRange } from './window-range';

/** Props of {@link VirtualList}. */
export interface VirtualListProps<T> {
  items: readonly T[];
  /** Height in pixels of each item; rows are laid out at exactly this height. */
  itemHeight: (item: T, index: number) => number;
  itemKey: (item: T, index: number) => string;
  renderItem: (item: T, index: number) => ComponentChildren;
  /** Items rendered beyond each edge of the viewport. */
  overscan?: number;
  class?: string;
  testId?: string;
  /** Scrolls back to the top when this value changes (a new search or filter). */
  resetKey?: unknown;
  /** Called after each commit that changed which items are rendered (benchmarks use it). */
  onRendered?: () => void;
}

// happy-dom and hidden tabs report a zero-height viewport; render a screenful anyway.
const FALLBACK_VIEWPORT = 900;

/**
 * A windowed list: only the rows in (and just around) the viewport are in the DOM, so 10,000
 * clips cost what 20 do. Rows have known heights (fixed per row type), which keeps the layout a
 * prefix sum instead of measuring; a row that needs more room (an open editor) reports a
 * larger height.
 */
export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, itemHeight, overscan = 6 } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);

  const offsets = useMemo(
    () => cumulativeOffsets(items.map((item, i) => itemHeight(item, i))),
    [items, itemHeight],
  );

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setViewport(element.clientHeight || FALLBACK_VIEWPORT);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [props.resetKey]);

  const { start, end } = visibleRange(offsets, scrollTop, viewport, overscan);
  const onRendered = props.onRendered;
  useEffect(() => onRendered?.(), [onRendered, items, start, end]);

  const rows: ComponentChildren[] = [];
  for (let i = start; i < end; i++) {
    const item = items[i]!;
    rows.push(
      <div
        key={props.itemKey(item, i)}
        class="virtual-list__row"
        style={{ top: `${offsets[i]}px`, height: `${offsets[i + 1]! - offsets[i]!}px` }}
      >
        {props.renderItem(item, i)}
      </div>,
    );
  }

  return (
    <div
      ref={scroller}
      class={`virtual-list ${props.class ?? ''}`}
      data-testid={props.testId}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
    >
      <div class="virtual-list__spacer" style={{ height: `${offsets[items.length]}px` }}>
        {rows}
      </div>
    </div>
  );
}
