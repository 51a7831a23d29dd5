// Jest only (moduleNameMapper in jest.config.js). The same exports as @fluentui/react-components, each loading its
// package on first use. The package's own CommonJS entry requires all 58 component packages (and through them every
// icon) when any one name is imported; in jsdom that cost more than two seconds of CPU per test file, most of it for
// components the pane never shows. The code that runs is Fluent's own, unchanged.
const fs = require('fs');
const path = require('path');

const entry = path.join(__dirname, '..', '..', '..', 'node_modules', '@fluentui', 'react-components', 'lib-commonjs', 'index.cjs');
const source = fs.readFileSync(entry, 'utf8');

/** The entry's local names for its packages: `const _reactbutton = require("@fluentui/react-button");`. */
const packages = new Map([...source.matchAll(/const (_\w+) = require\("([^"]+)"\);/g)].map((m) => [m[1], m[2]]));
/** Each export, as the entry defines it: `get Button () { return _reactbutton.Button; }` (a comment may follow `get`). */
const exportsOf = [...source.matchAll(/get\s+(?:\/\/[^\n]*\n\s*)*(\w+) \(\) \{\s*return (_\w+)\.(\w+);\s*\}/g)];
if (packages.size < 20 || exportsOf.length < 500) {
  throw new Error(`test/support/fluent-on-demand: ${entry} no longer has the shape this shim reads; remove the mapping in jest.config.js.`);
}

Object.defineProperty(exports, '__esModule', { value: true });
for (const [, name, local, property] of exportsOf) {
  const request = packages.get(local);
  if (!request) throw new Error(`test/support/fluent-on-demand: no package for ${local} in ${entry}.`);
  // Resolved from the entry's own folder, as its require() would be (some packages are installed beside it).
  Object.defineProperty(exports, name, { enumerable: true, get: () => require(require.resolve(request, { paths: [path.dirname(entry)] }))[property] });
}
