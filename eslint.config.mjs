// Flat ESLint config. The Office add-in plugin's presets clash with typescript-eslint ("Cannot redefine plugin"),
// so its rules are switched on one by one.
//
// The layer boundaries (README, Layout) are enforced here, and test/unit/boundaries.test.ts lints probe files to prove
// that each rule fails a file that breaks it. Relative imports are matched by regular expressions on the import path,
// so `../document/x` and `../../../document/x` are caught alike, whatever the importing file's depth.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import officeAddinsRules from 'eslint-plugin-office-addins/lib/rules/index.js';
import globals from 'globals';

/**
 * The Office add-in plugin's rules, without its entry file: that also loads the prettier, React and React Native plugins
 * for presets this project does not use, which cost about a second on every lint run. boundaries.test.ts proves a rule fires.
 */
const officeAddins = { meta: { name: 'eslint-plugin-office-addins' }, rules: officeAddinsRules.default };

/** An import path that reaches a folder named `name` of src/ (relative at any depth, or spelled with src/). */
const reachesFolder = (...names) => `^(\\.{1,2}/(.*/)?|(.*/)?src/)(${names.join('|')})(/|$)`;
/** Node's built-in modules: `node:` anything, and every bare name Node reserves (fs, path, worker_threads, …). */
const NODE_BUILTINS = `^(node:.*|(${[...new Set(builtinModules.map((m) => m.split('/')[0]))].join('|')})(/.*)?)$`;

/** The Office.js globals: only the Word adapter (src/document/word/) touches them. */
const OFFICE_GLOBALS = ['Office', 'Word', 'OfficeExtension'].map((name) => ({
  name,
  message: `${name} is Office.js, which only the Word adapter (src/document/word/) may use; go through the DocumentPort or document/word/office-ready.ts.`,
}));
const OFFICE_GLOBAL_PROPERTIES = ['window', 'globalThis', 'self'].flatMap((object) =>
  ['Office', 'Word', 'OfficeExtension'].map((property) => ({ object, property, message: 'Office.js is used only in src/document/word/.' })),
);

const CORE_IMPORTS = [
  { regex: reachesFolder('document', 'taskpane', 'cli', 'preview', 'check-page'), message: 'src/core is the bottom layer: it may not import document, taskpane, cli or preview.' },
  { regex: '^(react|react-dom|scheduler)(/.*)?$', message: 'src/core is plain TypeScript: no React.' },
  { regex: '^@(fluentui|griffel)/', message: 'src/core is plain TypeScript: no Fluent UI.' },
  { regex: NODE_BUILTINS, message: 'src/core runs in the pane and the browser too: no Node built-ins (the CLI reads files and hands core the bytes).' },
  { regex: '^(@microsoft/office-js|@types/office-js|office-addin-.*)(/.*)?$', message: 'src/core has no Office.js: Word goes through src/document/word/.' },
];
const DOCUMENT_IMPORTS = [{ regex: reachesFolder('taskpane', 'cli', 'check-page'), message: 'src/document sits below the pane and the CLI: it may not import taskpane or cli.' }];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', 'coverage/', 'bench/generated/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'office-addins': officeAddins },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Office.js globals exist for the Word adapter and for the tests and bench pages that stand in for Office.
    files: ['src/document/word/**/*.ts', 'test/**/*.{ts,tsx}', 'bench/**/*.{ts,tsx}'],
    languageOptions: { globals: { Office: 'readonly', Word: 'readonly', OfficeExtension: 'readonly' } },
  },
  {
    // Everywhere else in src/, Office.js is out of bounds: the pane, the preview and the CLI reach Word through the adapter.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/document/word/**'],
    rules: {
      'no-restricted-globals': ['error', ...OFFICE_GLOBALS],
      'no-restricted-properties': ['error', ...OFFICE_GLOBAL_PROPERTIES],
    },
  },
  {
    // The document port and its adapters sit below the pane and the CLI.
    files: ['src/document/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: DOCUMENT_IMPORTS }],
    },
  },
  {
    // Core is plain TypeScript: no Office, DOM, React or Node, and nothing from the layers above it.
    files: ['src/core/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', { patterns: CORE_IMPORTS }],
      'no-restricted-globals': [
        'error',
        ...OFFICE_GLOBALS,
        ...['window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require', '__dirname', '__filename'].map((name) => ({
          name,
          message: `${name} belongs to a browser or to Node; src/core is plain TypeScript.`,
        })),
      ],
      'no-restricted-syntax': [
        'error',
        // Static imports only, so that the import rules above see every module core loads.
        { selector: 'ImportExpression', message: 'src/core loads modules with static imports only.' },
        { selector: 'TSImportType', message: 'src/core names types with static imports only.' },
        { selector: 'TSExternalModuleReference', message: 'src/core loads modules with static imports only.' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
