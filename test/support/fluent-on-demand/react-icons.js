// Jest only (moduleNameMapper in jest.config.js). The same exports as @fluentui/react-icons, each icon loading the
// chunk that defines it on first use. The package's CommonJS entry requires all 60 chunks (thousands of icons) for the
// few that Fluent's components draw, which cost about a second of CPU per test file. The code that runs is the
// package's own, unchanged.
const fs = require('fs');
const path = require('path');

const lib = path.join(__dirname, '..', '..', '..', 'node_modules', '@fluentui', 'react-icons', 'lib-cjs');
const entry = fs.readFileSync(path.join(lib, 'index.cjs'), 'utf8');

/** Files the entry re-exports whole: `__exportStar(require("./icons/chunk-0.cjs"), exports)`. */
const whole = [...entry.matchAll(/__exportStar\(require\("\.\/([^"]+)"\), exports\)/g)].map((m) => m[1]);
/** Its local names for files: `var index_1 = require("./contexts/index.cjs");`. */
const files = new Map([...entry.matchAll(/var (\w+) = require\("\.\/([^"]+)"\);/g)].map((m) => [m[1], m[2]]));
/** Single exports: `Object.defineProperty(exports, "wrapIcon", { … return wrapIcon_1.wrapIcon; … })`. */
const named = [...entry.matchAll(/Object\.defineProperty\(exports, "(\w+)", \{ enumerable: true, get: function \(\) \{ return (\w+)\.(\w+); \} \}\);/g)];
if (whole.length < 10 || named.length < 5) {
  throw new Error(`test/support/fluent-on-demand: ${lib}/index.cjs no longer has the shape this shim reads; remove the mapping in jest.config.js.`);
}

Object.defineProperty(exports, '__esModule', { value: true });
const define = (name, file, property) => {
  if (Object.prototype.hasOwnProperty.call(exports, name)) return;
  Object.defineProperty(exports, name, { enumerable: true, get: () => require(path.join(lib, file))[property] });
};
for (const [, name, local, property] of named) {
  const file = files.get(local);
  if (!file) throw new Error(`test/support/fluent-on-demand: no file for ${local} in ${lib}/index.cjs.`);
  define(name, file, property);
}
for (const chunk of whole) {
  // Each file declares its exports first, in chains: `exports.A = exports.B = … = void 0;`.
  const text = fs.readFileSync(path.join(lib, chunk), 'utf8');
  for (const m of text.matchAll(/exports\.(\w+) = (?=exports\.|void 0)/g)) define(m[1], chunk, m[1]);
}
