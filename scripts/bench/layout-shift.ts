/**
 * Layout shift, measured in the page by a PerformanceObserver for
 * "layout-shift" entries registered before any of the page's own scripts run
 * (buffered, so nothing before it is lost). Shifts right after discrete input
 * (hadRecentInput) are excluded as CLS excludes them; the bench's scrolling and
 * pointer moves are not discrete input. Every other shift counts: the budget
 * is 0, so the sum over the whole visit is reported with the elements that moved.
 */
import type { Page } from 'playwright-core';

export interface Shift {
  value: number;
  /** The elements that moved, as tag#id.class, with their move across and down in px and their size before and after. */
  sources: string[];
}

export interface LayoutShift {
  cls: number;
  shifts: Shift[];
}

declare global {
  interface Window {
    __benchShifts?: Shift[];
  }
}

/** Registers the observer; call before the page's first navigation. */
export async function observeLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    window.__benchShifts = shifts;
    const describe = (node: Node | null | undefined) => {
      if (!node) return '(removed node)';
      if (!(node instanceof Element)) return node.nodeName.toLowerCase();
      const id = node.id ? `#${node.id}` : '';
      const classes = [...node.classList]
        .slice(0, 2)
        .map((name) => `.${name}`)
        .join('');
      return `${node.tagName.toLowerCase()}${id}${classes}`;
    };
    interface ShiftEntry extends PerformanceEntry {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    }
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as ShiftEntry[]) {
        if (entry.hadRecentInput) continue;
        shifts.push({
          value: entry.value,
          sources: (entry.sources ?? []).map((source) => {
            const { previousRect: was, currentRect: now } = source;
            // A move across counts as much as a move down: say which it was.
            const dx = Math.round(now.x - was.x);
            const moved = `${dx === 0 ? '' : `x ${dx}px `}y ${Math.round(now.y - was.y)}px`;
            const size = `w ${Math.round(was.width)}→${Math.round(now.width)}, h ${Math.round(was.height)}→${Math.round(now.height)}`;
            return `${describe(source.node)} ${moved} (${size})`;
          }),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts seen so far, after one more frame so the observer has reported the last ones. */
export async function readLayoutShift(page: Page): Promise<LayoutShift> {
  const shifts = await page.evaluate(
    () =>
      new Promise<Shift[]>((resolve) =>
        requestAnimationFrame(() => setTimeout(() => resolve(window.__benchShifts ?? []), 50)),
      ),
  );
  return { cls: shifts.reduce((sum, shift) => sum + shift.value, 0), shifts };
}
