// The page table (contracts/pages.ts) and Taro's app config list the same pages: app.config.ts is evaluated by Taro's
// own config loader at build time, so it keeps its literal lists, and this test holds them together.
import { appConfigPages, PAGES } from '../../contracts/pages';

interface AppConfig {
  pages: string[];
  subPackages: { root: string; pages: string[] }[];
  tabBar: { list: { pagePath: string }[] };
}

function loadAppConfig(): AppConfig {
  const scope = globalThis as { defineAppConfig?: (config: AppConfig) => AppConfig };
  scope.defineAppConfig = (config) => config;
  try {
    return (jest.requireActual('../../src/app.config') as { default: AppConfig }).default;
  } finally {
    delete scope.defineAppConfig;
  }
}

describe('the page table', () => {
  const config = loadAppConfig();
  const table = appConfigPages();

  it('lists the main package’s pages as app.config does', () => {
    expect(table.pages).toEqual(config.pages);
  });

  it('lists every subpackage and its pages as app.config does', () => {
    const byRoot = (list: { root: string; pages: string[] }[]) =>
      Object.fromEntries(list.map((p) => [p.root, [...p.pages].sort()]));
    expect(byRoot(table.subPackages)).toEqual(byRoot(config.subPackages));
  });

  it('has the tab pages in the tab bar’s order', () => {
    expect(config.tabBar.list.map((t) => `/${t.pagePath}`)).toEqual(Object.values(PAGES.tab));
  });
});
