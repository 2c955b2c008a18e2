import { useLayoutEffect, type RefObject } from 'react';

/** Room left under the map for the page's bottom padding. */
const BOTTOM = 20;

/**
 * Makes an element as tall as the window leaves it below its top in the page's
 * scroller, so the map is the main space at any window size: whatever sits
 * above it (title, status, tabs, toolbar) takes its own height, and what sits
 * below (legend, lists) is a scroll away.
 */
/** `shown`: the element is in the page (it appears once the map has loaded). */
export function useFillWindow(ref: RefObject<HTMLElement | null>, shown: boolean, min = 420): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const scroller = el.closest<HTMLElement>('main.page') ?? document.documentElement;
    const fit = () => {
      const top = el.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
      const height = Math.max(min, scroller.clientHeight - top - BOTTOM);
      el.style.setProperty('--fill-h', `${Math.floor(height)}px`);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(scroller);
    // Whatever is above the map may change height (a long title wraps, a notice appears).
    const page = el.closest<HTMLElement>('.journey-page');
    if (page) for (const child of Array.from(page.children)) if (!child.contains(el)) observer.observe(child);
    return () => observer.disconnect();
  }, [ref, shown, min]);
}
