// The domain folders and their manifests agree: what a folder holds by convention is what its manifest says, so a
// file moved or added into a domain cannot drop out of a registry unnoticed (a migration above all).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DOMAINS } from '../../backend/domains/index';

const ROOT = path.join(__dirname, '../../backend/domains');
const folders = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
  .map((d) => d.name)
  .sort();

describe('backend/domains', () => {
  it('lists every domain folder in index.ts, once', () => {
    expect(DOMAINS.map((d) => d.name).sort()).toEqual(folders);
  });

  it.each(DOMAINS.map((d) => [d.name, d] as const))(
    '%s: its manifest names every migration, seed and code maker of its folder',
    (name, domain) => {
      const dir = path.join(ROOT, name);
      const migrationFiles = existsSync(path.join(dir, 'migrations'))
        ? readdirSync(path.join(dir, 'migrations'))
            .map((f) => f.replace(/\.ts$/, ''))
            .sort()
        : [];
      expect(Object.keys('migrations' in domain ? domain.migrations : {}).sort()).toEqual(migrationFiles);
      expect(existsSync(path.join(dir, 'function.ts'))).toBe(true);
      expect(existsSync(path.join(dir, 'seed.ts'))).toBe('seeds' in domain && domain.seeds === true);
      expect(existsSync(path.join(dir, 'scenes', 'make-code.ts'))).toBe(
        'makesCodes' in domain && domain.makesCodes.length > 0,
      );
    },
  );
});
