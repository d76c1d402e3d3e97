// The weapp build as WeChat DevTools opens it: the project file points at the builds, the app config has the
// five tab pages in the main package, the secondary pages in subpackages, the custom tab bar and background
// audio, and every package stays under WeChat's 2 MB limit. (`npm test` builds dist/weapp first.)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const weapp = path.join(root, 'dist/weapp');
const WECHAT_PACKAGE_LIMIT = 2 * 1024 * 1024;

interface AppJson {
  pages: string[];
  subPackages: { root: string; pages: string[] }[];
  tabBar: { custom: boolean; list: { pagePath: string; text: string }[] };
  requiredBackgroundModes: string[];
}

function bytesUnder(dir: string, skip: (rel: string) => boolean, base = dir): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const rel = path.relative(base, full).split(path.sep).join('/');
    if (skip(rel)) continue;
    total += entry.isDirectory() ? bytesUnder(full, skip, base) : entry.name.endsWith('.map') ? 0 : statSync(full).size;
  }
  return total;
}

describe('weapp build layout', () => {
  let app: AppJson;
  beforeAll(() => {
    if (!existsSync(path.join(weapp, 'app.json')))
      throw new Error('dist/weapp is missing: run `npm run build:weapp` (npm test does it first).');
    app = JSON.parse(readFileSync(path.join(weapp, 'app.json'), 'utf8')) as AppJson;
  });

  it('is what project.config.json points WeChat DevTools at', () => {
    const project = JSON.parse(readFileSync(path.join(root, 'project.config.json'), 'utf8')) as Record<string, string>;
    expect(project.miniprogramRoot).toBe('dist/weapp/');
    expect(project.cloudfunctionRoot).toBe('dist/cloudfunctions/');
    expect(project.compileType).toBe('miniprogram');
  });

  it('keeps the five tabs in the main package and every other page in a subpackage', () => {
    expect(app.tabBar.list.map((t) => t.text)).toEqual(['首页', '听书', '活动', '志愿', '我的']);
    expect(app.pages).toEqual(app.tabBar.list.map((t) => t.pagePath));
    expect(app.subPackages.map((s) => s.root)).toEqual(
      expect.arrayContaining(['subpackages/account', 'subpackages/player', 'subpackages/scan']),
    );
    for (const sub of app.subPackages) {
      for (const page of sub.pages) expect(existsSync(path.join(weapp, sub.root, `${page}.js`))).toBe(true);
    }
  });

  it('draws its own large tab bar and may play audio in the background', () => {
    expect(app.tabBar.custom).toBe(true);
    for (const ext of ['js', 'json', 'wxml', 'wxss'])
      expect(existsSync(path.join(weapp, 'custom-tab-bar', `index.${ext}`))).toBe(true);
    expect(app.requiredBackgroundModes).toContain('audio');
  });

  it('keeps the main package and each subpackage under WeChat’s 2 MB limit', () => {
    const roots = app.subPackages.map((s) => s.root);
    const main = bytesUnder(weapp, (rel) => roots.some((r) => rel === r || rel.startsWith(`${r}/`)));
    expect(main).toBeLessThan(WECHAT_PACKAGE_LIMIT);
    for (const r of roots) expect(bytesUnder(path.join(weapp, r), () => false)).toBeLessThan(WECHAT_PACKAGE_LIMIT);
  });
});
