/**
 * The insertion scenarios of test/fixtures/insertion-scenarios.json, for jest: the same file the browser tests read
 * (test/e2e/insertion-contract.mjs), so the Word adapter on the Word fake and the preview adapter must agree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComposedBlock } from '../../src/core/compose/block';
import type { DocumentBlock, DocumentList, DocumentPort, InsertOptions } from '../../src/document/port';
import type { FakeControl, FakeParagraph } from './word-fake';

export interface ScenarioParagraph {
  text: string;
  controls?: string[];
  heading?: boolean;
  numbered?: boolean;
  cell?: boolean;
}
export interface Scenario {
  name: string;
  document: ScenarioParagraph[];
  caret: { paragraph: number; offset?: number };
  steps: string[];
  /** `listItems`: the text of the bulleted list items, in order, where the scenario inserts a list. */
  expect: { paragraphs: string[]; tags: string[]; listItems?: string[] };
}
export interface Scenarios {
  caretMarker: string;
  blocks: Record<string, DocumentBlock>;
  composed: Record<string, ComposedBlock>;
  /** "Insert all" lists: their items name blocks. */
  lists: Record<string, { items: string[]; reference: string }>;
  scenarios: Scenario[];
}

export const insertionScenarios: Scenarios = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'insertion-scenarios.json'), 'utf8'));

/** Text with each {D1} replaced by that block's text. */
export function expand(text: string): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => (insertionScenarios.blocks[name] as DocumentBlock).text);
}

/** The scenario's document as the Word fake takes it (a numbered line is an empty list item: Word draws its number). */
export function wordDocument(scenario: Scenario): { paragraphs: FakeParagraph[]; controls: FakeControl[] } {
  const controls: FakeControl[] = [];
  const paragraphs = scenario.document.map((p, i): FakeParagraph => {
    for (const name of p.controls ?? []) {
      const block = insertionScenarios.blocks[name] as DocumentBlock;
      controls.push({ tag: block.tag, title: block.title, type: 'RichText', start: i, end: i + 1, text: block.text });
    }
    return {
      text: p.numbered ? '' : expand(p.text),
      ...(p.heading ? { style: 'Heading 1' } : {}),
      ...(p.numbered ? { list: true } : {}),
      ...(p.cell ? { cell: `cell ${i}` } : {}),
    };
  });
  return { paragraphs, controls };
}

const insertOptions: InsertOptions = { mode: 'after-selection', asPlainText: false, edition: 'hampshire@1.0' };

/** A scenario's list as the port takes it. */
function scenarioList(list: { items: string[]; reference: string }): DocumentList {
  return { items: list.items.map((name) => insertionScenarios.blocks[name] as DocumentBlock), reference: list.reference };
}

/** Runs the steps and the caret marker through a port; returns the document as the checker reads it. */
export async function runScenario(port: DocumentPort, scenario: Scenario) {
  for (const step of scenario.steps) {
    const composed = insertionScenarios.composed[step];
    const list = insertionScenarios.lists[step];
    if (composed) await port.insertComposedBlock(composed, insertOptions);
    else if (list) await port.insertDescriptorList(scenarioList(list), insertOptions);
    else await port.insertBlocks([insertionScenarios.blocks[step] as DocumentBlock], insertOptions);
  }
  await port.insertBlocks([{ text: insertionScenarios.caretMarker, tag: '', title: '' }], { mode: 'after-selection', asPlainText: true });
  const model = await port.readDocumentModel();
  return { paragraphs: model.paragraphs.map((p) => p.text), tags: model.blocks.map((b) => b.tag) };
}

export function expected(scenario: Scenario) {
  return { paragraphs: scenario.expect.paragraphs.map(expand), tags: scenario.expect.tags };
}

/** The text of the bulleted list items the scenario expects, or null when it says nothing of lists. */
export function expectedListItems(scenario: Scenario): string[] | null {
  return scenario.expect.listItems ? scenario.expect.listItems.map(expand) : null;
}
