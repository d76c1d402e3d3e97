import { act, render, screen } from '@testing-library/react';
import { Said } from './said-line';

describe('Said', () => {
  it('brings a new sentence onto the screen and gives it focus, so it is read where she tapped', async () => {
    jest.useFakeTimers();
    const scrolled: string[] = [];
    const original = Element.prototype.getBoundingClientRect;
    // Drawn below the first screen, as a result is in 特大 on a long page.
    Element.prototype.getBoundingClientRect = () => ({ top: 1500, bottom: 1560 }) as DOMRect;
    Element.prototype.scrollIntoView = function scroll(this: Element) {
      scrolled.push(this.textContent ?? '');
    };
    try {
      const { rerender } = render(<Said said={null} />);
      rerender(<Said said={{ ok: true, text: '报名成功！请在12月1日上午9点到社区活动室。' }} />);
      await act(async () => jest.advanceTimersByTime(60));
      const status = screen.getByRole('status');
      expect(scrolled).toEqual(['报名成功！请在12月1日上午9点到社区活动室。']);
      expect(document.activeElement).toBe(status);
    } finally {
      Element.prototype.getBoundingClientRect = original;
      jest.useRealTimers();
    }
  });
});
