// The docs name files and folders of this repository; every one they name must exist, so a move or a rename that
// forgets the docs fails here instead of leaving a false map. `<name>` and `NNNN` stand for any one path segment.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const DOCS = ['docs/ARCHITECTURE.md', 'README.md'];
// Built or installed, never committed: a doc may name them (`dist/host/main.js`) but they are not here to check.
const NOT_IN_REPO = new Set([
  'node_modules',
  'dist',
  'data',
  'coverage',
  'test-results',
  'artifacts',
  '.git',
  '.taro-cache',
  '.swc',
]);

function walk(dir: string, into: string[]): string[] {
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    if (!dir && NOT_IN_REPO.has(entry.name)) continue;
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      into.push(`${rel}/`);
      walk(rel, into);
    } else {
      into.push(rel);
    }
  }
  return into;
}

const entries = walk('', []);
const topFolders = entries.filter((e) => /^[^/]+\/$/.test(e)).map((e) => e.slice(0, -1));

/** Paths that start at a top folder of the repo, wherever they stand in the text (backticks, parentheses, prose). */
function namedPaths(text: string): string[] {
  const tops = topFolders.map((t) => t.replace(/\./g, '\\.')).join('|');
  const found = new Set<string>();
  for (const m of text.matchAll(new RegExp(`(?<![\\w./<>-])((?:${tops})(?:/[\\w.<>*@-]+)*/?)`, 'g'))) {
    const p = m[1].replace(/[.:]+$/, '');
    // A bare top folder in prose ("src", "test") is a word, not a claim.
    if (p.includes('/')) found.add(p);
  }
  return [...found];
}

/** The folder tree in the first code block: `name/` lines nested by indentation, each child under its parent. */
function treePaths(text: string): string[] {
  const block = /```\n([\s\S]*?)```/.exec(text)?.[1] ?? '';
  const stack: { indent: number; dir: string }[] = [];
  const found: string[] = [];
  for (const line of block.split('\n')) {
    const m = /^( *)((?:[\w.<>-]+\/)(?:, [\w.<>-]+\/)*)(?: |$)/.exec(line);
    if (!m) continue;
    const indent = m[1].length;
    while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
    const parent = stack.length ? stack[stack.length - 1].dir : '';
    const names = m[2].split(', ');
    for (const name of names) found.push(parent + name);
    if (names.length === 1) stack.push({ indent, dir: parent + names[0] });
  }
  return found;
}

function exists(claim: string): boolean {
  const pattern = claim
    .split('/')
    .map((segment) =>
      segment
        .split(/(<[^>]+>|NNNN|\*)/)
        .map((part) =>
          part === 'NNNN'
            ? '\\d{4}'
            : part === '*' || /^<.+>$/.test(part)
              ? '[^/]+'
              : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join(''),
    )
    .join('/');
  // A folder may be named with or without its slash.
  const re = new RegExp(`^${pattern}${claim.endsWith('/') ? '' : '/?'}$`);
  return entries.some((e) => re.test(e));
}

describe.each(DOCS)('%s', (doc) => {
  const text = readFileSync(path.join(ROOT, doc), 'utf8');

  it('names only files and folders that exist', () => {
    const claims = [...new Set([...namedPaths(text), ...(doc === 'docs/ARCHITECTURE.md' ? treePaths(text) : [])])];
    expect(claims.length).toBeGreaterThan(doc === 'README.md' ? 5 : 50);
    expect(claims.filter((claim) => !exists(claim))).toEqual([]);
  });
});
