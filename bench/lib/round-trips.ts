/**
 * Word round trips: how many `context.sync()` calls each pane action costs, counted by the office-addin-mock Word
 * model the adapter tests use (test/adapter/word-mock.ts), through the adapter functions the product uses.
 * Compiled by bench/run.mjs with bench/tsconfig.json; prints one JSON object.
 *
 * A port method that does not exist yet is reported as not available, never imitated here.
 */
import { bundledFramework } from '../../src/core/framework/bundled';
import { descriptorInsertion } from '../../src/core/compose/reference';
import type { ObjectiveRequest } from '../../src/core/compose/objective';
import type { DocumentPort, InsertOptions } from '../../src/document/port';
import { createWordPort } from '../../src/document/word/word-port';
import * as mockModule from '../../test/adapter/word-mock';

interface Figure {
  syncs: number | null;
  note: string;
}

/** The optional port methods this figure needs, typed loosely so the harness compiles before they exist. */
type LoosePort = DocumentPort & {
  readDocumentModel?: () => Promise<unknown>;
  insertComposedBlock?: (block: never, options: InsertOptions) => Promise<unknown>;
};

type Mock = ReturnType<typeof mockModule.createWordMock>;
const createMock = mockModule.createWordMock as (options?: Record<string, unknown>) => Mock;

const framework = bundledFramework();
const after: InsertOptions = { mode: 'after-selection', asPlainText: false };

async function count(mock: Mock, action: (port: LoosePort) => Promise<unknown>): Promise<number> {
  const port = createWordPort(mock.host) as LoosePort;
  const before = mock.state.syncs;
  await action(port);
  return mock.state.syncs - before;
}

const unavailable = (what: string): Figure => ({ syncs: null, note: `not available: ${what}` });

async function insertDescriptor(): Promise<Figure> {
  const block = descriptorInsertion(framework, framework.descriptors.find((d) => !d.retired)?.id ?? '');
  const collapsed = await count(createMock({ before: 'Evidence: ', after: ' More.' }), (p) => p.insertBlocks([block], after));
  const selected = await count(createMock({ before: 'Notes: ', selected: 'Strong practice', after: '.' }), (p) => p.insertBlocks([block], after));
  const replace = await count(createMock({ before: 'Notes: ', selected: 'old', after: '' }), (p) => p.insertBlocks([block], { mode: 'replace', asPlainText: false }));
  return { syncs: Math.max(collapsed, selected, replace), note: `cursor ${collapsed}, after a selection ${selected}, replace ${replace}` };
}

async function insertObjective(): Promise<Figure> {
  const probe = createWordPort(createMock().host) as LoosePort;
  if (typeof probe.insertComposedBlock !== 'function') return unavailable('the Word port has no insertComposedBlock yet');
  // The objective is composed by the core, exactly as the Objectives tab does.
  const compose = await import('../../src/core/compose/objective');
  const descriptor = framework.descriptors.find((d) => !d.retired && d.source === 'teachers-standards' && d.stage === 'MPR');
  if (!descriptor || !descriptor.standard || !descriptor.stage) return unavailable('no MPR descriptor to base an objective on');
  const request: ObjectiveRequest = { stage: descriptor.stage, subStandard: descriptor.standard, descriptorIds: [descriptor.id], number: 1 };
  const block = compose.composeObjectiveBlock(framework, compose.draftObjective(framework, request));
  try {
    const syncs = await count(createMock({ before: 'Objectives: ', after: '' }), (p) => (p.insertComposedBlock as (b: unknown, o: InsertOptions) => Promise<unknown>)(block, after));
    return { syncs, note: 'insertComposedBlock, one objective after the cursor' };
  } catch (error) {
    return unavailable(`the Word mock cannot run insertComposedBlock yet (${(error as Error).message.split('\n')[0]})`);
  }
}

async function readStage(): Promise<Figure> {
  const syncs = await count(createMock({ customProperty: 'UPR 1' }), (p) => p.readCareerStage());
  return { syncs, note: 'CareerStage custom property (WordApi 1.3)' };
}

/** A review of 300 paragraphs with 60 tagged content controls, in the form the mock's document option takes. */
function bigDocument() {
  const ids = framework.descriptors.filter((d) => !d.retired && d.stage === 'MPR').map((d) => d.id);
  const paragraphs: { text: string; tag?: string; title?: string }[] = [];
  for (let i = 0; i < 300; i++) {
    if (i % 5 === 2) {
      const ins = descriptorInsertion(framework, ids[(i / 5) % ids.length | 0] ?? '');
      paragraphs.push({ text: ins.text, tag: ins.tag, title: ins.title });
    } else paragraphs.push({ text: `Paragraph ${i + 1} of the review: the teacher planned well-sequenced lessons this term.` });
  }
  return paragraphs;
}

async function checkDocument(): Promise<Figure> {
  const probe = createWordPort(createMock().host) as LoosePort;
  if (typeof probe.readDocumentModel !== 'function') return unavailable('the Word port has no readDocumentModel yet');
  const paragraphs = bigDocument();
  try {
    const mock = createMock({ paragraphs, customProperty: 'Main pay range' });
    let model: unknown;
    const syncs = await count(mock, async (p) => {
      model = await (p.readDocumentModel as () => Promise<unknown>)();
    });
    const read = model as { paragraphs?: unknown[]; blocks?: unknown[] } | undefined;
    if (read?.paragraphs?.length !== 300 || read.blocks?.length !== 60) {
      return unavailable(`the Word mock has no 300-paragraph document option yet (read ${read?.paragraphs?.length ?? 0} paragraphs, ${read?.blocks?.length ?? 0} controls)`);
    }
    return { syncs, note: 'readDocumentModel: 300 paragraphs, 60 content controls' };
  } catch (error) {
    return unavailable(`the Word mock cannot run readDocumentModel yet (${(error as Error).message.split('\n')[0]})`);
  }
}

async function main() {
  const result = {
    insertDescriptor: await insertDescriptor(),
    insertObjective: await insertObjective(),
    readStage: await readStage(),
    checkDocument: await checkDocument(),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

void main();
