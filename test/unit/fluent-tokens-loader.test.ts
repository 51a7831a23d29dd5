/**
 * The build-time Fluent themes (scripts/fluent-tokens-loader.cjs): each replaced module must give exactly the objects
 * @fluentui/tokens makes (keys in the same order, the same values), and anything else must stop the build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require('../../scripts/fluent-tokens-loader.cjs') as ((this: { resourcePath: string }, source: string) => string) & {
  THEME_FILE: RegExp;
  TOKENS_FILE: RegExp;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fluentTokens = require('@fluentui/tokens') as Record<string, unknown>;

const lib = join(dirname(require.resolve('@fluentui/tokens/package.json')), 'lib');

function run(resourcePath: string, source = readFileSync(resourcePath, 'utf8')): string {
  return loader.call({ resourcePath }, source);
}

/** Evaluates the loader's output (ES module syntax, no imports) and returns its exports. */
function exportsOf(output: string): Record<string, unknown> {
  expect(output).not.toMatch(/\bimport\b/);
  const names = [...output.matchAll(/export const (\w+) =/g)].map((m) => m[1]!);
  const body = output.replace(/export const (\w+) =/g, 'const $1 =');
  return new Function(`${body}\nreturn { ${names.join(', ')} };`)() as Record<string, unknown>;
}

function expectSameObject(made: unknown, real: unknown) {
  expect(made).toEqual(real);
  expect(Object.keys(made as object)).toEqual(Object.keys(real as object));
}

describe('Fluent themes and tokens made at build time', () => {
  const themeFiles = ['web', 'teams'].flatMap((folder) =>
    readdirSync(join(lib, 'themes', folder))
      .filter((f) => /Theme\.js$/.test(f))
      .map((f) => join(lib, 'themes', folder, f)),
  );

  it('finds every theme file the package has', () => {
    expect(themeFiles.length).toBeGreaterThanOrEqual(5);
    for (const file of themeFiles) expect(loader.THEME_FILE.test(file)).toBe(true);
  });

  it.each(themeFiles.map((f) => [f.slice(lib.length + 1), f]))('%s gives exactly the package’s themes, as data', (_name, file) => {
    const output = run(file);
    expect(output).toMatch(/JSON\.parse\(/);
    const made = exportsOf(output);
    expect(Object.keys(made).length).toBeGreaterThan(0);
    for (const [name, theme] of Object.entries(made)) expectSameObject(theme, fluentTokens[name]);
  });

  it('tokens.js gives exactly the package’s tokens, z-indices with their fallbacks included', () => {
    const file = join(lib, 'tokens.js');
    expect(loader.TOKENS_FILE.test(file)).toBe(true);
    const output = run(file);
    const { tokens } = exportsOf(output) as { tokens: Record<string, string> };
    expectSameObject(tokens, fluentTokens.tokens);
    expect(tokens.zIndexPopup).toBe('var(--zIndexPopup, 2000)');
    // The object literal (about 30 KB) becomes its names and a loop.
    expect(output.length).toBeLessThan(readFileSync(file, 'utf8').length / 2);
  });

  it('leaves every other file as it is', () => {
    const file = join(lib, 'global', 'colors.js');
    const source = readFileSync(file, 'utf8');
    expect(run(file, source)).toBe(source);
  });

  it('stops the build, naming the file, on a theme it cannot carry as data', () => {
    const file = join(lib, 'themes', 'web', 'lightTheme.js');
    expect(() => run(file, 'export const noSuchTheme = makeIt();\n')).toThrow(`${file}: @fluentui/tokens has no theme called noSuchTheme`);
    expect(() => run(file, 'const x = 1;\n')).toThrow(`${file}: expected an exported theme, found none`);
  });
});
