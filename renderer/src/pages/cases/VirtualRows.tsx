// Table rows for a long list, rendered only around what is on screen (the page scrolls, not a box
// inside it): empty spacer rows above and below stand in for the rest. Rows keep aria-rowindex, so
// a screen reader still hears "row 5 012 of 100 001". Focus moving down with Tab scrolls the page,
// and the rows after it appear before focus gets there (overscan).
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useEffect, useRef, useState } from 'react';

type Props<T> = {
  items: readonly T[];
  columns: number;
  itemKey: (item: T) => string | number;
  /** One <tr>; pass `ref` and `data-index` on to it so its real height is measured. */
  renderRow: (item: T, index: number, measure: (el: HTMLTableRowElement | null) => void) => ReactNode;
  estimateSize?: number;
};

export function VirtualRows<T>({ items, columns, itemKey, renderRow, estimateSize = 64 }: Props<T>) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  // Where the list starts on the page; content above it (messages, an opened filter) moves it.
  const [margin, setMargin] = useState(0);
  useEffect(() => {
    const measure = () => {
      const el = bodyRef.current;
      if (el) setMargin(Math.round(el.getBoundingClientRect().top + window.scrollY));
    };
    // Whatever changes above the list changes the page's height; the observer also fires at once.
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => estimateSize,
    overscan: 10,
    scrollMargin: margin,
    getItemKey: (i) => {
      const item = items[i];
      return item === undefined ? i : itemKey(item);
    },
  });
  const virtual = virtualizer.getVirtualItems();
  const first = virtual[0];
  const last = virtual[virtual.length - 1];
  const before = first ? first.start - margin : 0;
  const after = last ? virtualizer.getTotalSize() - (last.end - margin) : 0;
  return (
    <tbody ref={bodyRef}>
      {before > 0 && <Spacer columns={columns} height={before} />}
      {virtual.map((v) => {
        const item = items[v.index];
        return item === undefined ? null : renderRow(item, v.index, virtualizer.measureElement);
      })}
      {after > 0 && <Spacer columns={columns} height={after} />}
    </tbody>
  );
}

/** Height for rows not rendered. Set through the CSSOM (React's style prop), which the CSP allows. */
function Spacer({ columns, height }: { columns: number; height: number }) {
  return (
    <tr aria-hidden="true" className="table__spacer">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}
