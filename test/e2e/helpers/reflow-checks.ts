// The gate's checks for what stops an elder once the basics hold (issue 8):
// - a way back: every page that is not a tab shows a 返回 in words at the top, big enough to press;
// - reflow (WCAG 1.4.4, 1.4.10): at 200% zoom and at a 32 px root font (the browser's "very large" text), no text is
//   laid out one character per line or cut off by its box, the page does not scroll sideways, and the primary action
//   can still be scrolled to and pressed (nothing fixed covers it, no part of it is off the side of the screen).
import type { Page } from 'playwright-core';
import { CURRENT_PAGE } from './app';

/** 200% zoom on our 390×844 phone: the layout gets half the CSS pixels in each direction. */
export const ZOOMED_VIEWPORT = { width: 195, height: 422 };
export const ROOT_FONT_200 = '32px';

export async function wayBackProblems(page: Page, minTarget: number): Promise<string[]> {
  return page.evaluate(
    ({ CURRENT_PAGE, minTarget }) => {
      const root = document.querySelector(CURRENT_PAGE);
      if (!root) return ['no page on show'];
      // Look at the page as it opens: scrolled to the top (Taro's page, not the window, may be what scrolls).
      for (let a: Element | null = root; a; a = a.parentElement) a.scrollTop = 0;
      window.scrollTo(0, 0);
      const bar = root.querySelector('[role="navigation"]');
      const back = Array.from(root.querySelectorAll('[role="button"], button')).find((el) =>
        /^返回/.test((el.textContent ?? '').trim()),
      );
      if (!bar || !back || !bar.contains(back)) return ['no 返回 in a navigation bar at the top of the page'];
      const r = back.getBoundingClientRect();
      const problems: string[] = [];
      if (r.width === 0 || r.height === 0) problems.push('返回 is not on show');
      if (r.top < 0 || r.bottom > window.innerHeight)
        problems.push(`返回 is not on the first screen (top ${Math.round(r.top)})`);
      if (r.width < minTarget - 0.5 || r.height < minTarget - 0.5)
        problems.push(`返回 is ${Math.round(r.width)}×${Math.round(r.height)}, under ${minTarget}`);
      const words = (back.textContent ?? '').replace(/\s+/g, '');
      if (!/^返回(首页)?$/.test(words)) problems.push(`返回 says "${words}"`);
      return problems;
    },
    { CURRENT_PAGE, minTarget },
  );
}

/** Text and primary-action problems of the page as it is laid out now. */
export async function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ CURRENT_PAGE }) => {
      const problems: string[] = [];
      const visible = (el: Element) => {
        const s = getComputedStyle(el);
        if (s.visibility === 'hidden' || s.display === 'none') return false;
        if (!(el as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true })) return false;
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      };
      const describe = (el: Element, text: string) =>
        `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> "${text.replace(/\s+/g, ' ').slice(0, 24)}"`;
      /** The nearest ancestor that clips what overflows it. */
      const clipper = (el: Element): Element | null => {
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          const s = getComputedStyle(a);
          if (s.overflowX !== 'visible' || s.overflowY !== 'visible') return a;
        }
        return null;
      };

      const scope = [document.querySelector(CURRENT_PAGE), document.querySelector('.taro-tabbar__tabbar')].filter(
        Boolean,
      ) as Element[];
      const range = document.createRange();
      for (const top of scope) {
        const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const el = node.parentElement;
          const text = node.data;
          if (!el || !text.trim() || el.closest('script, style, noscript') || !visible(el)) continue;
          // Where each character is: its line (top) and its left edge.
          const chars: { top: number; left: number; rect: DOMRect }[] = [];
          for (let i = 0; i < text.length; i++) {
            if (/\s/.test(text[i])) continue;
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getClientRects()[0];
            if (rect && rect.width > 0) chars.push({ top: Math.round(rect.top), left: rect.left, rect });
          }
          if (chars.length >= 2) {
            const lines = new Set(chars.map((c) => c.top));
            const lefts = chars.map((c) => c.left);
            const size = parseFloat(getComputedStyle(el).fontSize);
            if (lines.size === chars.length && Math.max(...lefts) - Math.min(...lefts) < size * 0.5) {
              problems.push(`one character per line: ${describe(el, text)}`);
            }
          }
          // Words that run out of the button they are on (nothing clips them, but they spill over its edge).
          const button = el.closest('[data-tappable], button, .weui-tabbar__item');
          if (button && chars.length > 0) {
            const b = button.getBoundingClientRect();
            if (chars.some(({ rect: r }) => r.left < b.left - 1 || r.right > b.right + 1))
              problems.push(`words run out of their button: ${describe(el, text)}`);
          }
          const box = clipper(el);
          if (box && chars.length > 0) {
            const b = box.getBoundingClientRect();
            // A box that scrolls shows the rest when scrolled; only a side that hides its overflow cuts words off.
            const s = getComputedStyle(box);
            const hides = (o: string) => o === 'hidden' || o === 'clip';
            const cutSideways =
              hides(s.overflowX) && chars.some(({ rect: r }) => r.left < b.left - 2 || r.right > b.right + 2);
            const cutAbove =
              hides(s.overflowY) && chars.some(({ rect: r }) => r.top < b.top - 2 || r.bottom > b.bottom + 2);
            if (cutSideways || cutAbove) problems.push(`words cut off by ${describe(box, '')}: ${describe(el, text)}`);
          }
        }
      }

      const doc = document.scrollingElement ?? document.documentElement;
      if (doc.scrollWidth > window.innerWidth + 1)
        problems.push(`the page scrolls sideways (${doc.scrollWidth} px wide on a ${window.innerWidth} px screen)`);

      const page = document.querySelector(CURRENT_PAGE);
      const primary = page ? Array.from(page.querySelectorAll('.big-button--primary')).find(visible) : undefined;
      if (primary) {
        primary.scrollIntoView({ block: 'center', inline: 'nearest' });
        const r = primary.getBoundingClientRect();
        const name = (primary.textContent ?? '').trim();
        if (r.left < -1 || r.right > window.innerWidth + 1)
          problems.push(`the primary action "${name}" runs off the side of the screen`);
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (!hit || !primary.contains(hit)) {
          problems.push(
            `the primary action "${name}" cannot be pressed: ${hit ? describe(hit, hit.textContent ?? '') : 'nothing'} is over it`,
          );
        }
        for (let a: Element | null = primary; a; a = a.parentElement) a.scrollTop = 0;
        window.scrollTo(0, 0);
      }
      return problems;
    },
    { CURRENT_PAGE },
  );
}

/** Runs `check` at 200% zoom and at a 32 px root font, then puts the page back as it was. */
export async function atDoubleSize(page: Page, check: () => Promise<string[]>): Promise<string[]> {
  const viewport = page.viewportSize();
  const problems: string[] = [];
  await page.setViewportSize(ZOOMED_VIEWPORT);
  await settle(page);
  problems.push(...(await check()).map((p) => `at 200% zoom: ${p}`));
  if (viewport) await page.setViewportSize(viewport);
  await page.evaluate((size) => (document.documentElement.style.fontSize = size), ROOT_FONT_200);
  await settle(page);
  problems.push(...(await check()).map((p) => `at a ${ROOT_FONT_200} root font: ${p}`));
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
  await settle(page);
  return problems;
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * The two checks the gate adds for every page (issue 8): a way back on every page that is not a tab, and the page
 * still readable and usable at 200% zoom and at a 32 px root font.
 */
export async function neverLostOrStuckProblems(page: Page, minTarget: number): Promise<string[]> {
  const tab = new URL(page.url()).pathname.startsWith('/pages/');
  const problems = tab ? [] : await wayBackProblems(page, minTarget);
  problems.push(...(await atDoubleSize(page, () => reflowProblems(page))));
  return problems;
}
