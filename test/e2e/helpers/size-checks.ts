// Our own elder-friendly checks, run inside the page: text size, line height and tap-target size
// of everything visible. Numbers from DESIGN.md (MIIT 适老化, raised).
import type { Page } from 'playwright-core';

export interface SizeRules {
  minFont: number;
  /** Main headings and primary button labels. */
  minMainFont: number;
  minLineHeightRatio: number;
  minTarget: number;
}

export const NORMAL_RULES: SizeRules = { minFont: 18, minMainFont: 18, minLineHeightRatio: 1.3, minTarget: 48 };
export const LARGE_RULES: SizeRules = { minFont: 24, minMainFont: 30, minLineHeightRatio: 1.3, minTarget: 60 };
/** 特大: body text at 30 px and more (MIIT: main text can reach 30 px), headings and primary labels larger still. */
export const XLARGE_RULES: SizeRules = { minFont: 30, minMainFont: 36, minLineHeightRatio: 1.3, minTarget: 60 };

/** Everything a finger is meant to press. Our own kit marks custom tappables with data-tappable. */
const TAPPABLE =
  'button, a[href], input, select, textarea, [role="button"], [role="link"], [role="switch"], [role="tab"], [data-tappable], .weui-tabbar__item';
const MAIN_TEXT = '[role="heading"][aria-level="1"], .big-button--primary';

export async function sizeProblems(page: Page, rules: SizeRules): Promise<string[]> {
  return page.evaluate(
    ({ rules, TAPPABLE, MAIN_TEXT }) => {
      const problems: string[] = [];
      const visible = (el: Element) => {
        const s = getComputedStyle(el);
        if (s.visibility === 'hidden' || s.display === 'none' || Number(s.opacity) === 0) return false;
        if (!(el as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true })) return false;
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      };
      const describe = (el: Element, text?: string) => {
        const name = (text ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
        return `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> "${name}"`;
      };

      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        const el = node.parentElement;
        if (!text || !el || el.closest('script, style, noscript') || !visible(el)) continue;
        const s = getComputedStyle(el);
        const size = parseFloat(s.fontSize);
        const min = el.closest(MAIN_TEXT) ? rules.minMainFont : rules.minFont;
        if (size < min - 0.01) problems.push(`text ${size}px < ${min}px: ${describe(el, text)}`);
        const lh = s.lineHeight === 'normal' ? NaN : parseFloat(s.lineHeight);
        if (!(lh >= size * rules.minLineHeightRatio - 0.01))
          problems.push(`line-height ${s.lineHeight} < ${rules.minLineHeightRatio}× ${size}px: ${describe(el, text)}`);
      }

      for (const el of Array.from(document.querySelectorAll(TAPPABLE))) {
        if (!visible(el)) continue;
        // A native control inside one of our tappables is measured as the outer one.
        if (el.parentElement?.closest(TAPPABLE)) continue;
        const r = el.getBoundingClientRect();
        if (r.width < rules.minTarget - 0.5 || r.height < rules.minTarget - 0.5) {
          problems.push(
            `target ${Math.round(r.width)}×${Math.round(r.height)} < ${rules.minTarget}×${rules.minTarget}: ${describe(el)}`,
          );
        }
      }
      return problems;
    },
    { rules, TAPPABLE, MAIN_TEXT },
  );
}
