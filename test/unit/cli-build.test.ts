/**
 * When the compiled CLI (build/cli) is stale, scripts/ts-build.js says why, so the `standards-companion` command and
 * jest's global setup recompile it; when it is fresh they start at once. Checked on a small stand-in project folder
 * with file times set explicitly (no compiling, no clocks).
 */
import * as fs from 'fs';
import * as path from 'path';
import { makeTempDir } from '../support/temp-dir';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS build helper shared with bin/ and webpack.config.js
const { staleReason } = require('../../scripts/ts-build.js') as { staleReason(root: string, name: string): string | null };

const HOUR = 3600 * 1000;
const base = Date.UTC(2026, 0, 1);

function project(): string {
  const root = makeTempDir('sc-ts-build-');
  const files = ['src/core/a.ts', 'src/cli/main.ts', 'framework-data/edition.json', 'tsconfig.json', 'tsconfig.cli.json', 'build/cli/src/cli/main.js', 'build/cli/.built'];
  for (const file of files) {
    fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), '');
  }
  // Every source and folder an hour before the build.
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      setTime(full, base - HOUR);
    }
    setTime(dir, base - HOUR);
  };
  walk(root);
  setTime(path.join(root, 'build/cli/.built'), base);
  return root;
}

function setTime(file: string, ms: number) {
  fs.utimesSync(file, new Date(ms), new Date(ms));
}

describe('whether the compiled CLI is stale', () => {
  it('is fresh when nothing changed since the build', () => {
    expect(staleReason(project(), 'cli')).toBeNull();
  });

  it('is stale when a source file, framework data or a tsconfig is newer than the build', () => {
    const cases = [
      ['src/core/a.ts', 'src/core'],
      ['src/cli/main.ts', 'src/cli'],
      ['framework-data/edition.json', 'framework-data'],
      ['tsconfig.cli.json', 'tsconfig.cli.json'],
      ['tsconfig.json', 'tsconfig.json'],
    ];
    for (const [file, reported] of cases) {
      const root = project();
      setTime(path.join(root, file!), base + 1000);
      expect(staleReason(root, 'cli')).toBe(`${reported} changed since the last build`);
    }
  });

  it('is stale when a source file was added or removed (its folder changed)', () => {
    const root = project();
    fs.rmSync(path.join(root, 'src/core/a.ts'));
    setTime(path.join(root, 'src/core'), base + 1000);
    expect(staleReason(root, 'cli')).toBe('src/core changed since the last build');
  });

  it('is stale when it was never built, or its entry file is gone', () => {
    const never = project();
    fs.rmSync(path.join(never, 'build/cli/.built'));
    expect(staleReason(never, 'cli')).toBe('not built yet');
    const gone = project();
    fs.rmSync(path.join(gone, 'build/cli/src/cli/main.js'));
    expect(staleReason(gone, 'cli')).toBe('not built yet');
  });
});
