// Brings a sentence that just appeared onto the screen, next to where she tapped, and gives it focus so a screen
// reader says it: a result below the fold (大字, 特大) is a result she never sees. H5 flavour, on the DOM; the
// mini-program's is bring-into-view.weapp.ts.

/** Room kept free at the bottom for the fixed bars (tab bar, playing bar), in CSS pixels. */
const FIXED_BARS_PX = 160;

export function bringIntoView(id: string): void {
  if (typeof document === 'undefined') return;
  const element = document.getElementById(id);
  if (!element) return;
  const rect = element.getBoundingClientRect();
  const visible = rect.top >= 0 && rect.bottom <= window.innerHeight - FIXED_BARS_PX;
  if (!visible && typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'center' });
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
}
