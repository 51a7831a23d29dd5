/**
 * jest maps @fluentui/react-components and @fluentui/react-icons to test/support/fluent-on-demand/, which loads each
 * package or icon file on first use. This proves the maps give the tests exactly what the packages export: the same
 * names, and for every name the very same value as the package's own entry.
 *
 * Both sides are loaded with Node's own require (module.createRequire), outside jest's module registry: comparing
 * every export means loading all of Fluent and its 26,000 icons, which Node's loader does in about half the time
 * jest's does, and the shims are plain CommonJS that behave the same under either.
 */
import { createRequire } from 'module';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');
const nodeRequire = createRequire(__filename);
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the jest configuration under test
const config = require('../../jest.config.js') as { moduleNameMapper: Record<string, string> };
const modules = path.join(root, 'node_modules', '@fluentui');

describe.each([
  ['@fluentui/react-components', 'react-components.js', path.join(modules, 'react-components', 'lib-commonjs', 'index.cjs')],
  ['@fluentui/react-icons', 'react-icons.js', path.join(modules, 'react-icons', 'lib-cjs', 'index.cjs')],
])('%s on demand', (name, shim, entry) => {
  const shimPath = path.join(root, 'test', 'support', 'fluent-on-demand', shim);

  it('is what jest maps the package to', () => {
    const mapped = config.moduleNameMapper[`^${name}$`];
    expect(mapped?.replace('<rootDir>', root)).toBe(shimPath);
  });

  it('has every export of the package, each the same value', () => {
    const onDemand = nodeRequire(shimPath) as Record<string, unknown>;
    const real = nodeRequire(entry) as Record<string, unknown>;
    const names = Object.keys(real).sort();
    expect(names.length).toBeGreaterThan(1000);
    expect(Object.keys(onDemand).sort()).toEqual(names);
    expect(names.filter((n) => onDemand[n] !== real[n])).toEqual([]);
  });
});
