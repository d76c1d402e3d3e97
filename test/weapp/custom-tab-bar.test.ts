// The native WeChat custom tab bar, loaded and tapped in miniprogram-simulate (jsdom).
// wx.switchTab is WeChat's boundary, so it is the one thing stubbed.
import path from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const simulate = require('miniprogram-simulate') as {
  load: (componentPath: string) => string;
  render: (id: string) => SimComponent;
  sleep: (ms: number) => Promise<void>;
};

interface SimNode {
  dom: HTMLElement;
  dispatchEvent: (name: string) => void;
  querySelectorAll: (selector: string) => SimNode[];
}
interface SimComponent extends SimNode {
  attach: (parent: Element) => void;
  data: { selected: number; largeText: boolean; textSize: string };
  instance: { setData: (d: object) => void };
}

const TAB_BAR = path.resolve(__dirname, '../../src/custom-tab-bar/index');
const LABELS = ['首页', '听书', '活动', '志愿', '我的'];

function labels(comp: SimComponent): string[] {
  return comp.querySelectorAll('.tab-bar__label').map((n) => n.dom.textContent?.trim() ?? '');
}

describe('weapp custom tab bar (native component)', () => {
  let switchTab: jest.Mock;
  let storage: Record<string, unknown>;

  beforeEach(() => {
    storage = {};
    switchTab = jest.fn();
    // miniprogram-simulate installs its own global wx; stub WeChat's navigation and storage on it.
    const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
    wx.switchTab = switchTab;
    wx.getStorageSync = jest.fn((key: string) => storage[key] ?? '');
    (globalThis as unknown as { getCurrentPages: () => { route: string }[] }).getCurrentPages = () => [
      { route: 'pages/books/index' },
    ];
  });

  // Loaded once: the component's index.js runs Component() only on its first require.
  let definition: string;
  beforeAll(() => {
    definition = simulate.load(TAB_BAR);
  });

  function mount(): SimComponent {
    const comp = simulate.render(definition);
    comp.attach(document.createElement('parent-wrapper'));
    return comp;
  }

  it('shows the five tabs as words, with the current page selected', () => {
    const comp = mount();
    expect(labels(comp)).toEqual(LABELS);
    expect(comp.data.selected).toBe(1);
    const on = comp.querySelectorAll('.tab-bar__item--on');
    expect(on).toHaveLength(1);
    expect(on[0].dom.textContent).toContain('听书');
  });

  it('tapping a tab switches to its page and marks it selected', async () => {
    const comp = mount();
    const items = comp.querySelectorAll('.tab-bar__item');
    items[2].dispatchEvent('tap');
    await simulate.sleep(10); // taps are delivered asynchronously, as in WeChat
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/events/index' });
    expect(comp.data.selected).toBe(2);
    const on = comp.querySelectorAll('.tab-bar__item--on');
    expect(on).toHaveLength(1);
    expect(on[0].dom.textContent).toContain('活动');
  });

  it('follows 大字 mode saved by the app', () => {
    storage['display.largeText'] = true;
    const comp = mount();
    expect(comp.data.largeText).toBe(true);
    expect(comp.querySelectorAll('.tab-bar--large')).toHaveLength(1);
    expect(comp.querySelectorAll('.tab-bar--xlarge')).toHaveLength(0);
  });

  it('follows 特大 saved by the app (the size key wins over the older big-or-not one)', () => {
    storage['display.textSize'] = 'xlarge';
    storage['display.largeText'] = true;
    const comp = mount();
    expect(comp.data.textSize).toBe('xlarge');
    expect(comp.querySelectorAll('.tab-bar--large')).toHaveLength(1);
    expect(comp.querySelectorAll('.tab-bar--xlarge')).toHaveLength(1);
    expect(labels(comp)).toEqual(LABELS);

    storage['display.textSize'] = 'normal';
    const normal = mount();
    expect(normal.data.largeText).toBe(false);
    expect(normal.querySelectorAll('.tab-bar--large')).toHaveLength(0);
  });

  it('styles: labels ≥ 18px (24px in 大字, 30px in 特大) kept on one line, targets ≥ 48px (60px in 大字) at the 375 design width', () => {
    const fs = jest.requireActual<typeof import('node:fs')>('node:fs');
    const wxss = fs.readFileSync(TAB_BAR + '.wxss', 'utf8');
    const px = (selector: string, prop: string) => {
      const block = new RegExp(`(^|\\n)${selector.replace(/[.]/g, '\\.')} \\{([^}]*)\\}`).exec(wxss)?.[2] ?? '';
      return Number(new RegExp(`${prop}:\\s*(\\d+)px`).exec(block)?.[1]);
    };
    expect(px('.tab-bar__label', 'font-size')).toBeGreaterThanOrEqual(18);
    expect(px('.tab-bar--large .tab-bar__label', 'font-size')).toBeGreaterThanOrEqual(24);
    expect(px('.tab-bar__item', 'min-height')).toBeGreaterThanOrEqual(48);
    expect(px('.tab-bar--large .tab-bar__item', 'min-height')).toBeGreaterThanOrEqual(60);
    expect(px('.tab-bar--xlarge .tab-bar__label', 'font-size')).toBeGreaterThanOrEqual(30);
    expect(px('.tab-bar--xlarge .tab-bar__item', 'min-height')).toBeGreaterThanOrEqual(60);
    // Two characters at 30px fit a fifth of a 375 px screen; a label never wraps, so its second character is never cut.
    expect(px('.tab-bar--xlarge .tab-bar__label', 'font-size') * 2).toBeLessThanOrEqual(375 / 5);
    expect(/\.tab-bar__label \{[^}]*white-space: nowrap/.test(wxss)).toBe(true);
  });
});
