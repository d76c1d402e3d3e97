// Import boundaries the folder layout promises (STYLE.md): checked on every `npm test`, not left to memory.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOTS = ['src', 'contracts', 'backend', 'apps'];
const SOURCE = /\.(tsx?|mjs|js)$/;
const IMPORT =
  /(?:^|\n)\s*(import\s+(type\s+)?[^'"]*?from\s*|import\s*\(\s*|export\s+[^'"]*?from\s*|require\s*\(\s*)['"]([^'"]+)['"]/g;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (SOURCE.test(name)) yield full;
  }
}

const segment = (file, base) => path.relative(base, file).split(path.sep)[0];

/** Whether a contracts module (by its import path without extension) pulls in zod. */
const importsZod = (modulePath) => /from\s+['"]zod['"]/.test(readFileSync(`${modulePath}.ts`, 'utf8'));

/** A cloud function's own code: a domain's actions and function.ts, or the qrcode function (backend/scan/qrcode). */
const isFunctionCode = (p) =>
  /^backend\/domains\/[^/]+\/(actions\/|function\.ts$)/.test(p) || p.startsWith('backend/scan/qrcode/');
const functionOf = (p) => (p.startsWith('backend/scan/qrcode/') ? 'qrcode' : p.split('/')[2]);
/** A pure business rule: backend/rules/ or a domain's rules/. */
const isRule = (p) => /^backend\/(rules|domains\/[^/]+\/rules)\//.test(p);

/** The domain a file belongs to (backend/domains/<d>/…), or null; backend/domains/index.ts and domain.ts belong to none. */
const domainOf = (p) => /^backend\/domains\/([^/]+)\//.exec(p)?.[1] ?? null;
/** The query layer: backend/data (but the engine, the migrations and the schema types) and each domain's queries/. */
const isQuery = (p) =>
  /^backend\/(data\/(?!(database|migrate|schema)\b|migrations\/)|domains\/[^/]+\/queries\/)/.test(p) &&
  !p.endsWith('.test.ts');

/** Each rule returns a complaint or null for one import of one file. */
const rules = [
  (from, to) =>
    from.startsWith('src/features/') &&
    to.startsWith('src/features/') &&
    segment(from, 'src/features') !== segment(to, 'src/features') &&
    'a feature imports another feature',
  (from, to) =>
    from.startsWith('src/features/') && /^src\/(pages|subpackages)\//.test(to) && 'a feature imports a page',
  (from, to) =>
    from.startsWith('src/entities/') &&
    /^src\/(features|pages|subpackages)\//.test(to) &&
    'an entity imports a layer above it (a feature or a page)',
  (from, to) =>
    from.startsWith('src/components/') &&
    /^src\/(entities|features|pages|subpackages)\//.test(to) &&
    'the kit imports a layer above it',
  (from, to) =>
    from.startsWith('src/lib/') &&
    /^src\/(entities|features|components|pages|subpackages)\//.test(to) &&
    'src/lib imports a layer above it',
  (from, to) => from.startsWith('src/') && /^backend\//.test(to) && 'the front end imports server code',
  (from, to, typeOnly) =>
    from.startsWith('src/') &&
    to.startsWith('contracts/') &&
    !typeOnly &&
    importsZod(to) &&
    'the front end imports values from a contract that uses zod (use `import type`, keep zod out of the bundle)',
  (from, to) =>
    isFunctionCode(from) &&
    isFunctionCode(to) &&
    functionOf(from) !== functionOf(to) &&
    'a cloud function imports another function',
  (from, to) =>
    isRule(from) &&
    (/^(backend\/(access|data|files|jobs|scan|runtime|wechat|seed)|apps)\//.test(to) ||
      (to.startsWith('backend/domains/') && !isRule(to))) &&
    'a business rule reaches for I/O',
  (from, _to, _t, spec) =>
    isRule(from) && /^(node:)?(fs|net|http|https|child_process)$/.test(spec) && 'a business rule does I/O',
  (from, to) =>
    /^backend\/(ledger|visits|help-requests)\//.test(from) &&
    /^(backend\/(data\/(?!(schema|database)$)|rules\/(volunteer|events|notices|audiobooks)|scan\/(?!read-scene$)|jobs|seed)|cloudfunctions)/.test(
      to,
    ) &&
    'a shared module (the hours ledger, the visit check-in, the help requests) reaches into a domain: domains use it, it knows none of them',
  (from, to) =>
    from.startsWith('backend/certificates/') &&
    /^(backend\/(domains|seed|jobs)|cloudfunctions)\//.test(to) &&
    'the certificates every kind shares reach into a domain: each kind passes its table and its movements in',
  (from, to) =>
    from.startsWith('backend/') &&
    !isFunctionCode(from) &&
    isFunctionCode(to) &&
    !/^backend\/domains\/(index|[^/]+\/manifest)\.ts$/.test(from) &&
    'a library imports a cloud function (only the programs in apps/ and the domain manifests may)',
  (from, to) =>
    from.startsWith('backend/common/') &&
    /^(backend\/(?!common\/)|cloudfunctions\/|apps\/|src\/)/.test(to) &&
    'backend/common, the lowest server layer, imports something above it (only contracts and libraries)',
  (from, to) =>
    /^(backend|contracts|src)\//.test(from) &&
    to.startsWith('apps/') &&
    'code imports a program (apps/ holds the host, the WeChat entries and the seed CLI; nothing imports them)',
  (from, to) =>
    from.startsWith('apps/') &&
    segment(from, 'apps') !== segment(to, 'apps') &&
    to.startsWith('apps/') &&
    'one program imports another',
  (from, to) =>
    from.startsWith('apps/host/') && /^(backend\/wechat|apps\/wechat)\//.test(to) && 'the host imports WeChat code',
  (from, to) =>
    isFunctionCode(from) &&
    to.startsWith('backend/wechat/') &&
    'a cloud function imports the WeChat adapter (the host would load it too): its WeChat entry is written by scripts/build-cloud.mjs around wechatMain',
  (from, to, _t, spec) =>
    from.startsWith('contracts/') &&
    !to.startsWith('contracts/') &&
    spec !== 'zod' &&
    'a contract imports something other than zod or contracts',
  (from, to) =>
    isQuery(from) &&
    (to.startsWith('backend/runtime/') || to === 'backend/data/messages') &&
    'a query imports the runtime or sends messages (queries read and write: rules decide, handlers notify)',
  (from, to) =>
    domainOf(from) &&
    domainOf(to) &&
    domainOf(from) !== domainOf(to) &&
    'a domain imports another domain (share it through backend/common or contracts)',
  // In its own build `x.weapp.ts` is what `./x` resolves to: a value imported from there is the file itself (a loop,
  // "Maximum call stack size exceeded"). Shared values go in a module with another name.
  (from, to, typeOnly) =>
    !typeOnly &&
    /\.(weapp|h5)\.tsx?$/.test(from) &&
    to === from.replace(/\.(weapp|h5)\.tsx?$/, '') &&
    'a platform file imports a value from its own base name, which resolves to itself in its own build',
];

/**
 * Each text rule returns a complaint or null for one file. The person rule (may this actor act on that person)
 * is called only by backend/access/person-access.ts, so no domain grows its own variant again (issue 15).
 */
const textRules = [
  (from, text) =>
    /\bjudgePersonReach\b/.test(text) &&
    !/^backend\/(access\/person-access|rules\/org-scope(\.test)?)\.ts$/.test(from) &&
    'calls the person rule judgePersonReach directly: use backend/access/person-access.ts (requirePersonInReach, reachOver, inPersonReach)',
];

/**
 * Imports that break a rule today and are being moved out (issue 18: queries stop notifying and deciding). The list
 * may only shrink: an entry that no longer occurs is itself a complaint, so it is removed with the import.
 */
const KNOWN_DEBTS = new Set([]);
const debtsSeen = new Set();

const problems = [];
for (const root of ROOTS) {
  for (const file of files(root)) {
    const from = file.split(path.sep).join('/');
    const text = readFileSync(file, 'utf8');
    for (const rule of textRules) {
      const complaint = rule(from, text);
      if (complaint) problems.push(`${from}: ${complaint}`);
    }
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[3];
      const typeOnly = Boolean(m[2]) || /^\s*export\s+type\b/.test(m[1]);
      const to = spec.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(from), spec)) : spec;
      for (const rule of rules) {
        const complaint = rule(from, to, typeOnly, spec);
        if (complaint && KNOWN_DEBTS.has(`${from} → ${spec}`)) debtsSeen.add(`${from} → ${spec}`);
        else if (complaint) problems.push(`${from} → ${spec}: ${complaint}`);
      }
    }
  }
}

for (const debt of KNOWN_DEBTS)
  if (!debtsSeen.has(debt)) problems.push(`${debt}: no longer breaks a rule; remove it from KNOWN_DEBTS`);

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('import boundaries: ok');
