// Only src/lib/routes.ts navigates: the lint rule must flag a screen that calls Taro's navigation itself.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ESLINT = path.join(process.cwd(), 'node_modules/.bin/eslint');

/** The messages of the navigation rule for this code linted as if it were the given file (ESLint runs apart: its config is ESM). */
function ruleHits(filePath: string, code: string): string[] {
  let out: string;
  try {
    out = execFileSync(ESLINT, ['--format', 'json', '--stdin', '--stdin-filename', filePath], {
      input: code,
    }).toString();
  } catch (error) {
    // ESLint exits 1 when it found problems; its report is still on stdout.
    out = (error as { stdout: Buffer }).stdout.toString();
  }
  const [result] = JSON.parse(out) as { messages: { ruleId: string | null; message: string }[] }[];
  return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

const CALLS = ['navigateTo', 'switchTab', 'redirectTo', 'reLaunch', 'navigateBack'];
const NAVIGATES = `import Taro from '@tarojs/taro';\n${CALLS.map((c) => `export const ${c}Now = () => Taro.${c}({ url: '/x' });\n`).join('')}`;

describe('navigation goes through src/lib/routes.ts', () => {
  it.each(['src/components/playing-bar/index.tsx', 'src/features/inbox/open-message-link.ts', 'src/lib/way-back.ts'])(
    'flags each of Taro’s page calls in %s',
    (file) => {
      const hits = ruleHits(file, NAVIGATES);
      expect(hits).toHaveLength(CALLS.length);
      expect(hits[0]).toContain('src/lib/routes.ts');
    },
  );

  it('lets src/lib/routes.ts itself navigate', () => {
    expect(ruleHits('src/lib/routes.ts', NAVIGATES)).toEqual([]);
  });
});
