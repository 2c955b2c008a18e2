import type { Page } from '@playwright/test';

/**
 * Text the reader cannot read whole: an element with text of its own that is
 * wider or taller than its box where the box hides the overflow (without an
 * ellipsis or a line clamp that says "more"), and a placeholder wider than its
 * field. Scrolling boxes (the map, tables) are not clipping.
 */
export async function clippedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const probe = document.createElement('span');
    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:pre;left:-9999px;top:0';
    document.body.appendChild(probe);
    const hidden = (el: Element) =>
      el.closest('.visually-hidden, [aria-hidden="true"], [hidden], details:not([open]) > :not(summary)') !== null;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      if (hidden(el) || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
        if (!el.placeholder || el.value) continue;
        for (const p of ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing'] as const)
          probe.style[p] = style[p];
        probe.textContent = el.placeholder;
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        if (probe.getBoundingClientRect().width > room + 1) found.push(`placeholder «${el.placeholder}»`);
        continue;
      }
      if (el instanceof HTMLSelectElement) {
        const shown = el.selectedOptions[0]?.textContent ?? '';
        for (const p of ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing'] as const)
          probe.style[p] = style[p];
        probe.textContent = shown;
        // The drop-down arrow takes about 20 px beside the padding.
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        if (shown && probe.getBoundingClientRect().width > room + 1) found.push(`choice «${shown}»`);
        continue;
      }
      const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!ownText) continue;
      const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
      const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80);
      if (clipsX && el.scrollWidth > el.clientWidth + 1 && style.textOverflow !== 'ellipsis')
        found.push(`«${text}» (${el.tagName.toLowerCase()}.${el.className}) cut at the side`);
      if (clipsY && el.scrollHeight > el.clientHeight + 1 && style.webkitLineClamp === 'none')
        found.push(`«${text}» (${el.tagName.toLowerCase()}.${el.className}) cut at the bottom`);
      // Text sticking out of a box further up that hides its overflow, or out of the window.
      const rect = el.getBoundingClientRect();
      if (style.textOverflow === 'ellipsis') continue;
      let scrolls = false;
      let clipped = false;
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        const s = getComputedStyle(up);
        if (s.overflowX === 'auto' || s.overflowX === 'scroll') {
          scrolls = true;
          break;
        }
        if (clipped || (s.overflowX !== 'hidden' && s.overflowX !== 'clip')) continue;
        // The nearest box that hides overflow decides whether the text sticks out; further up, only
        // a scrolling box matters (a chip inside the scrolled map is off screen, not cut off).
        clipped = true;
        const box = up.getBoundingClientRect();
        if (rect.right > box.right + 1 || rect.left < box.left - 1)
          found.push(
            `«${text}» (${el.tagName.toLowerCase()}.${el.className}) sticks out of ${up.tagName.toLowerCase()}.${up.className}`,
          );
      }
      if (!scrolls && rect.right > window.innerWidth + 1)
        found.push(`«${text}» (${el.tagName.toLowerCase()}.${el.className}) beyond the window`);
    }
    probe.remove();
    return found;
  });
}
