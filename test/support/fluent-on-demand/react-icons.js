// Jest only (moduleNameMapper in jest.config.js). The same exports as @fluentui/react-icons, each icon loading the
// chunk that defines it on first use. The package's CommonJS entry requires all 60 chunks (thousands of icons) for the
// few that Fluent's components draw, which cost about a second of CPU per test file. The code that runs is the
// package's own, unchanged.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const lib = path.join(__dirname, '..', '..', '..', 'node_modules', '@fluentui', 'react-icons', 'lib-cjs');

/** Every export, where it is defined: read from the package's entry and its 60 icon files (4 MB). */
function readExports() {
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
  /** [name, file, property] for the single exports, then [file, name, name, …] for each whole file. */
  const singles = [];
  for (const [, name, local, property] of named) {
    const file = files.get(local);
    if (!file) throw new Error(`test/support/fluent-on-demand: no file for ${local} in ${lib}/index.cjs.`);
    singles.push([name, file, property]);
  }
  const wholeFiles = whole.map((chunk) => {
    // Each file declares its exports first, in chains: `exports.A = exports.B = … = void 0;`.
    const text = fs.readFileSync(path.join(lib, chunk), 'utf8');
    return [chunk, ...[...text.matchAll(/exports\.(\w+) = (?=exports\.|void 0)/g)].map((m) => m[1])];
  });
  return { singles, wholeFiles };
}

/**
 * Read once per installed version (and version of this file), then kept in node_modules/.cache: reading the icon files
 * again took about 80 ms in every test file that draws an icon.
 */
function cachedExports() {
  const version = JSON.parse(fs.readFileSync(path.join(lib, '..', 'package.json'), 'utf8')).version;
  const stamp = crypto.createHash('sha256').update(version).update(fs.readFileSync(__filename)).digest('hex').slice(0, 16);
  const cacheFile = path.join(__dirname, '..', '..', '..', 'node_modules', '.cache', 'standards-companion', 'fluent-icons', `${stamp}.json`);
  try {
    return JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
  } catch {
    const found = readExports();
    // Written whole under another name, then renamed: a test file reading it at the same moment sees all or nothing.
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    const partial = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(partial, JSON.stringify(found));
    fs.renameSync(partial, cacheFile);
    return found;
  }
}

/** Each export's file and property there, in the entry's order (the first definition of a name wins, as in the entry). */
const where = new Map();
const { singles, wholeFiles } = cachedExports();
for (const [name, file, property] of singles) if (!where.has(name)) where.set(name, [file, property]);
for (const [file, ...names] of wholeFiles) for (const name of names) if (!where.has(name)) where.set(name, [file, name]);
const names = ['__esModule', ...where.keys()];

/**
 * The exports object answers for each name when asked (a Proxy): defining 26,000 getters up front cost another 60 ms per
 * test file. To the code that imports it, it is an object with the package's export names, each read from its file.
 */
const valueOf = (name) => {
  if (name === '__esModule') return true;
  const at = where.get(name);
  return at ? require(path.join(lib, at[0]))[at[1]] : undefined;
};
module.exports = new Proxy(Object.create(null), {
  get: (_target, name) => (typeof name === 'string' ? valueOf(name) : undefined),
  has: (_target, name) => typeof name === 'string' && (name === '__esModule' || where.has(name)),
  ownKeys: () => names,
  getOwnPropertyDescriptor: (_target, name) =>
    typeof name === 'string' && (name === '__esModule' || where.has(name))
      ? { value: valueOf(name), enumerable: name !== '__esModule', configurable: true, writable: false }
      : undefined,
});
