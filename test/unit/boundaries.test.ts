/**
 * The layer boundaries are lint rules (eslint.config.mjs); this proves that each one bites. Every probe below is a
 * small source file placed, for ESLint, at a path in src/ (it is linted from memory, never written): each violating
 * probe must fail with the rule named, at any folder depth, and the clean probe must pass with nothing to report.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');

interface Probe {
  name: string;
  filePath: string;
  code: string;
  /** The rule that must report it, or null for a file that must pass. */
  rule: string | null;
}

const importing = (what: string) => `import * as x from '${what}';\nexport const probe = x;\n`;

const probes: Probe[] = [
  // src/core imports nothing from the layers above it, at any depth.
  { name: 'core → document (two levels up)', filePath: 'src/core/check/probe.ts', code: importing('../../document/port'), rule: 'no-restricted-imports' },
  { name: 'core → document (three levels up)', filePath: 'src/core/check/rules/probe.ts', code: importing('../../../document/word/word-port'), rule: 'no-restricted-imports' },
  { name: 'core → taskpane', filePath: 'src/core/x/probe.ts', code: importing('../../taskpane/App'), rule: 'no-restricted-imports' },
  { name: 'core → cli', filePath: 'src/core/x/y/probe.ts', code: importing('../../../cli/main'), rule: 'no-restricted-imports' },
  { name: 'core → preview page', filePath: 'src/core/probe.ts', code: importing('../preview/main'), rule: 'no-restricted-imports' },
  { name: 'core → type from document', filePath: 'src/core/x/probe.ts', code: "import type { DocumentPort } from '../../document/port';\nexport type P = DocumentPort;\n", rule: 'no-restricted-imports' },
  { name: 'core re-exports from taskpane', filePath: 'src/core/x/probe.ts', code: "export * from '../../taskpane/tabs';\n", rule: 'no-restricted-imports' },
  // … nor React, Fluent, Node or Office.
  { name: 'core → react', filePath: 'src/core/x/probe.ts', code: importing('react'), rule: 'no-restricted-imports' },
  { name: 'core → react-dom/client', filePath: 'src/core/x/probe.ts', code: importing('react-dom/client'), rule: 'no-restricted-imports' },
  { name: 'core → Fluent', filePath: 'src/core/x/probe.ts', code: importing('@fluentui/react-components'), rule: 'no-restricted-imports' },
  { name: 'core → node:fs', filePath: 'src/core/x/probe.ts', code: importing('node:fs'), rule: 'no-restricted-imports' },
  { name: 'core → fs/promises', filePath: 'src/core/x/probe.ts', code: importing('fs/promises'), rule: 'no-restricted-imports' },
  { name: 'core → path', filePath: 'src/core/x/probe.ts', code: importing('path'), rule: 'no-restricted-imports' },
  { name: 'core → worker_threads', filePath: 'src/core/x/probe.ts', code: importing('worker_threads'), rule: 'no-restricted-imports' },
  { name: 'core → os', filePath: 'src/core/x/probe.ts', code: importing('os'), rule: 'no-restricted-imports' },
  { name: 'core → office.js package', filePath: 'src/core/x/probe.ts', code: importing('@microsoft/office-js'), rule: 'no-restricted-imports' },
  { name: 'core loads a module at run time', filePath: 'src/core/x/probe.ts', code: "export const load = () => import('node:fs');\n", rule: 'no-restricted-syntax' },
  { name: 'core uses Node globals', filePath: 'src/core/x/probe.ts', code: 'export const cwd = () => process.cwd();\n', rule: 'no-restricted-globals' },
  { name: 'core uses the DOM', filePath: 'src/core/x/probe.ts', code: "export const el = () => document.createElement('p');\n", rule: 'no-restricted-globals' },
  { name: 'core uses Office', filePath: 'src/core/x/probe.ts', code: 'export const ready = () => Office.onReady();\n', rule: 'no-restricted-globals' },
  // src/document imports neither the pane nor the CLI.
  { name: 'document → taskpane', filePath: 'src/document/word/probe.ts', code: importing('../../taskpane/App'), rule: 'no-restricted-imports' },
  { name: 'document → cli', filePath: 'src/document/preview/deeper/probe.ts', code: importing('../../../cli/io'), rule: 'no-restricted-imports' },
  { name: 'document → taskpane (one level)', filePath: 'src/document/probe.ts', code: importing('../taskpane/tabs'), rule: 'no-restricted-imports' },
  // Office.js globals only in the Word adapter.
  { name: 'Office in the pane entry', filePath: 'src/taskpane/main.tsx', code: 'void Office.onReady();\n', rule: 'no-restricted-globals' },
  { name: 'Word in a pane component', filePath: 'src/taskpane/check/probe.tsx', code: 'export const run = () => Word.run(async (context) => context.sync());\n', rule: 'no-restricted-globals' },
  { name: 'OfficeExtension in the preview', filePath: 'src/preview/probe.ts', code: 'export const isError = (e: unknown) => e instanceof OfficeExtension.Error;\n', rule: 'no-restricted-globals' },
  { name: 'Office in the CLI', filePath: 'src/cli/probe.ts', code: 'export const host = () => Office.context.host;\n', rule: 'no-restricted-globals' },
  { name: 'Office in the preview adapter', filePath: 'src/document/preview/probe.ts', code: 'export const host = () => Office.context.host;\n', rule: 'no-restricted-globals' },
  { name: 'Office through window', filePath: 'src/taskpane/probe.ts', code: 'export const office = () => window.Office;\n', rule: 'no-restricted-properties' },
  // The Office add-in plugin's rules are on (its rules are loaded without the plugin's entry file, eslint.config.mjs).
  {
    name: 'context.sync() in a loop in the Word adapter',
    filePath: 'src/document/word/probe.ts',
    code: 'export const run = () => Word.run(async (context) => {\n  for (const p of [1, 2]) {\n    await context.sync();\n    void p;\n  }\n});\n',
    rule: 'office-addins/no-context-sync-in-loop',
  },
  // What is allowed must pass: Office.js inside the Word adapter, and a core file importing core and libraries.
  { name: 'Office in the Word adapter', filePath: 'src/document/word/probe.ts', code: "import { whenOfficeReady } from './office-ready';\nexport const ready = () => Promise.all([whenOfficeReady(), Office.onReady(), Word.run(async (context) => context.sync())]);\n", rule: null },
  {
    name: 'a clean core file',
    filePath: 'src/core/check/rules/probe.ts',
    code: "import { diffWords } from 'diff';\nimport type { Framework } from '../../framework/framework';\nimport { words } from '../../text/normalise';\nexport const probe = (f: Framework, a: string, b: string) => [f.editionKey, words(a).length, diffWords(a, b).length];\n",
    rule: null,
  },
];

let results: Map<string, { ruleId: string | null; severity: number; message: string }[]>;

beforeAll(() => {
  const out = execFileSync(process.execPath, [path.join(root, 'test', 'support', 'lint-probes.mjs')], { cwd: root, input: JSON.stringify(probes), encoding: 'utf8' });
  const linted = JSON.parse(out) as { filePath: string; messages: { ruleId: string | null; severity: number; message: string }[] }[];
  results = new Map(linted.map((r, i) => [probes[i]!.name, r.messages]));
}, 120_000);

describe('layer boundaries are lint errors', () => {
  it.each(probes.filter((p) => p.rule !== null).map((p) => [p.name, p] as const))('%s fails', (_name, probe) => {
    const errors = results.get(probe.name)!.filter((m) => m.severity === 2);
    expect(errors.map((m) => m.ruleId)).toContain(probe.rule);
  });

  it.each(probes.filter((p) => p.rule === null).map((p) => [p.name, p] as const))('%s passes', (_name, probe) => {
    expect(results.get(probe.name)).toEqual([]);
  });
});
