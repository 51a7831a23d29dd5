'use strict';
// A webpack loader for two kinds of file in @fluentui/tokens, so the pane's first script carries Fluent's themes as
// data instead of the code that makes them:
//   - lib/themes/<web|teams>/<name>Theme.js: each builds a theme object when the script starts, from about 40 KB of
//     colour ramps and alias tables. Here the theme is made once, in Node, from the same package's CommonJS build, and
//     the module becomes `JSON.parse("…")` of exactly that object (V8 scans a string literal faster than it compiles
//     code, and the pane's first script is compiled in full as it streams in: see CompileHintPlugin).
//   - lib/tokens.js: a 30 KB object literal whose values are `var(--<its name>)` (a few with a fallback); the module
//     becomes its names, those few, and a loop that makes the same object, keys in the same order.
// Each output is checked against the package's own objects at build time (the same keys in the same order, the same
// values); anything that does not fit these shapes stops the build with the file's name, rather than ship a
// different theme.
const path = require('node:path');

const THEME_FILE = /[\\/]lib[\\/]themes[\\/](web|teams)[\\/]\w+Theme\.js$/;
const TOKENS_FILE = /[\\/]lib[\\/]tokens\.js$/;

function packageOf(resourcePath) {
  const at = resourcePath.lastIndexOf(`${path.sep}lib${path.sep}`);
  // The package's own CommonJS build: the same version as the module being replaced.
  return require(path.join(resourcePath.slice(0, at), 'lib-commonjs', 'index.cjs'));
}

function sameObject(a, b) {
  const keys = Object.keys(a);
  const others = Object.keys(b);
  return keys.length === others.length && keys.every((k, i) => others[i] === k && a[k] === b[k]);
}

function themeModule(source, resourcePath) {
  const names = [...source.matchAll(/export const (\w+) =/g)].map((m) => m[1]);
  if (names.length === 0) throw new Error(`${resourcePath}: expected an exported theme, found none`);
  const made = packageOf(resourcePath);
  return names
    .map((name) => {
      const theme = made[name];
      if (!theme || typeof theme !== 'object') throw new Error(`${resourcePath}: @fluentui/tokens has no theme called ${name}`);
      for (const [key, value] of Object.entries(theme)) {
        if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
          throw new Error(`${resourcePath}: ${name}.${key} is not a string or a number, so it cannot be carried as JSON`);
        }
      }
      const json = JSON.stringify(theme);
      if (!sameObject(JSON.parse(json), theme)) throw new Error(`${resourcePath}: ${name} does not survive JSON`);
      return `export const ${name} = /*#__PURE__*/ JSON.parse(${JSON.stringify(json)});\n`;
    })
    .join('');
}

function tokensModule(source, resourcePath) {
  if (!/export const tokens =/.test(source)) throw new Error(`${resourcePath}: expected \`export const tokens\``);
  const { tokens } = packageOf(resourcePath);
  const names = Object.keys(tokens);
  for (const n of names) {
    if (typeof tokens[n] !== 'string') throw new Error(`${resourcePath}: token ${n} is not a string`);
  }
  // A few tokens carry a fallback (the z-indices: `var(--zIndexPopup, 2000)`); they are written out as they are.
  const others = Object.fromEntries(names.filter((n) => tokens[n] !== `var(--${n})`).map((n) => [n, tokens[n]]));
  return [
    `const names = ${JSON.stringify(names.join(' '))}.split(' ');`,
    `const others = ${JSON.stringify(others)};`,
    'export const tokens = /*#__PURE__*/ (() => {',
    '  const made = {};',
    '  for (const name of names) made[name] = others[name] ?? `var(--${name})`;',
    '  return made;',
    '})();',
    '',
  ].join('\n');
}

module.exports = function fluentTokensLoader(source) {
  if (THEME_FILE.test(this.resourcePath)) return themeModule(source, this.resourcePath);
  if (TOKENS_FILE.test(this.resourcePath)) return tokensModule(source, this.resourcePath);
  return source;
};
module.exports.THEME_FILE = THEME_FILE;
module.exports.TOKENS_FILE = TOKENS_FILE;
