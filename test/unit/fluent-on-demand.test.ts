/**
 * jest maps @fluentui/react-components and @fluentui/react-icons to test/support/fluent-on-demand/, which loads each
 * package or icon file on first use. This proves the maps give the tests exactly what the packages export: the same
 * names, and for every name the very same value as the package's own entry (loaded here by its file path, which the
 * mapping does not touch).
 */
import * as path from 'path';

const modules = path.join(__dirname, '..', '..', 'node_modules', '@fluentui');

describe.each([
  ['@fluentui/react-components', path.join(modules, 'react-components', 'lib-commonjs', 'index.cjs')],
  ['@fluentui/react-icons', path.join(modules, 'react-icons', 'lib-cjs', 'index.cjs')],
])('%s on demand', (name, entry) => {
  it('has every export of the package, each the same value', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the mapped module and the real entry, side by side
    const onDemand = require(name) as Record<string, unknown>;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const real = require(entry) as Record<string, unknown>;
    const names = Object.keys(real).sort();
    expect(names.length).toBeGreaterThan(1000);
    expect(Object.keys(onDemand).sort()).toEqual(names);
    expect(names.filter((n) => onDemand[n] !== real[n])).toEqual([]);
  });
});
