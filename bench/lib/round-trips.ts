/**
 * Word round trips: how many `context.sync()` calls each pane action costs. Each action runs through the real Word
 * adapter (createWordPort, src/document/word/) against the Word fake (test/support/word-fake.ts), set up the same way
 * as the adapter tests that pin these counts:
 * - inserting a descriptor, an objective or an "Insert all" list (insert-blocks, insert-composed-block, insert-list
 *   and edition-property tests), with the edition recorded as the pane does;
 * - reading the stage (word-port test);
 * - reading a document for the checker: the 300-paragraph, 60-control review of test/adapter/long-document.ts
 *   (read-model test).
 * Compiled by bench/run.mjs with bench/tsconfig.json; prints one JSON object of { syncs, note } by action.
 */
import { composeObjectiveBlock, draftObjective } from '../../src/core/compose/objective';
import { descriptorInsertion, descriptorListInsertion } from '../../src/core/compose/reference';
import { bundledFramework } from '../../src/core/framework/bundled';
import type { DocumentPort, InsertOptions } from '../../src/document/port';
import type { WordHost } from '../../src/document/word/host';
import { createWordPort } from '../../src/document/word/word-port';
import { longDocument } from '../../test/adapter/long-document';
import { createWordFake } from '../../test/support/word-fake';

interface Figure {
  syncs: number;
  note: string;
}

const framework = bundledFramework();
/** The options the pane passes (taskpane/shell/useInsert.ts): the edition is recorded in the same round trip. */
const after: InsertOptions = { mode: 'after-selection', asPlainText: false, edition: framework.editionKey };
const replace: InsertOptions = { ...after, mode: 'replace' };

/** The syncs one action costs on a fresh port over `mock`. */
async function syncsOf(mock: { host: WordHost; state: { syncs: number } }, action: (port: DocumentPort) => Promise<unknown>): Promise<number> {
  const port = createWordPort(mock.host);
  const before = mock.state.syncs;
  await action(port);
  return mock.state.syncs - before;
}

/** Fails the run rather than report a count for an action that did not do what it should. */
function ensure(condition: boolean, what: string): void {
  if (!condition) throw new Error(`round trips: ${what}`);
}

async function insertDescriptor(): Promise<Figure> {
  const block = descriptorInsertion(framework, 'TS2.1/MPR/1');
  const cases = [
    { name: 'cursor', options: { before: 'Evidence: ', after: ' More.' }, insert: after },
    { name: 'after a selection', options: { before: 'Notes: ', selected: 'Strong practice', after: '.' }, insert: after },
    { name: 'replace', options: { before: 'Notes: ', selected: 'DELETE ME' }, insert: replace },
  ];
  const counts: string[] = [];
  let most = 0;
  for (const c of cases) {
    const mock = createWordFake(c.options);
    const syncs = await syncsOf(mock, (port) => port.insertBlocks([block], c.insert));
    ensure(mock.controls().some((control) => control.tag === block.tag), `the descriptor was not inserted (${c.name})`);
    ensure(mock.properties.get('StandardsEdition') === framework.editionKey, `the edition was not recorded (${c.name})`);
    counts.push(`${c.name} ${syncs}`);
    most = Math.max(most, syncs);
  }
  return { syncs: most, note: `insertBlocks with the edition: ${counts.join(', ')}` };
}

async function insertObjective(): Promise<Figure> {
  // Composed by the core, as the Objectives tab does.
  const draft = draftObjective(framework, { careerStageName: 'Main pay range', subStandard: '2.1', descriptorIds: ['TS2.1/MPR/1'], number: 2 });
  const block = composeObjectiveBlock(framework, draft);
  const mock = createWordFake({ paragraphsBefore: ['Objectives for next year'], before: '1. ', paragraphsAfter: ['Signed:'], existingTags: ['tso:TS1.1/MPR/1'] });
  let tagsBefore: string[] | null = null;
  const syncs = await syncsOf(mock, async (port) => {
    tagsBefore = (await port.insertComposedBlock(block, after)).tagsBefore;
  });
  ensure(mock.controls().some((control) => control.tag === block.tag), 'the objective was not inserted');
  ensure(JSON.stringify(tagsBefore) === JSON.stringify(['tso:TS1.1/MPR/1']), 'the existing tags were not read');
  ensure(mock.properties.get('StandardsEdition') === framework.editionKey, 'the edition was not recorded');
  return { syncs, note: `insertComposedBlock: ${block.paragraphs.length} formatted paragraphs, existing tags read, edition recorded` };
}

async function insertList(): Promise<Figure> {
  // "Insert all" of one sub-standard, as the Descriptors tab does.
  const list = descriptorListInsertion(framework, ['TS2.1/MPR/1', 'TS2.1/MPR/2']);
  const mock = createWordFake({ paragraphsBefore: ['Strengths'], before: '', paragraphsAfter: ['Signed:'] });
  const syncs = await syncsOf(mock, (port) => port.insertDescriptorList({ items: list.items, reference: list.reference }, after));
  ensure(mock.controls().filter((control) => control.tag.startsWith('tsd:')).length === list.items.length, 'the list was not inserted');
  ensure(mock.properties.get('StandardsEdition') === framework.editionKey, 'the edition was not recorded');
  return { syncs, note: `insertDescriptorList: ${list.items.length} bulleted items, the reference, edition recorded` };
}

async function readStage(): Promise<Figure> {
  const mock = createWordFake({ properties: { CareerStage: 'UPR 1' } });
  let stage: Awaited<ReturnType<DocumentPort['readCareerStage']>> = null;
  const syncs = await syncsOf(mock, async (port) => {
    stage = await port.readCareerStage();
  });
  ensure(JSON.stringify(stage) === JSON.stringify({ name: 'UPR 1', storedIn: 'document-property' }), 'the stage was not read');
  return { syncs, note: 'readCareerStage: CareerStage custom property (WordApi 1.3)' };
}

async function checkDocument(): Promise<Figure> {
  const { paragraphs, controls } = longDocument(300, 60);
  const mock = createWordFake({ paragraphs, controls, properties: { CareerStage: 'Main pay range' } });
  let read = { paragraphs: 0, blocks: 0 };
  const syncs = await syncsOf(mock, async (port) => {
    const model = await port.readDocumentModel();
    read = { paragraphs: model.paragraphs.length, blocks: model.blocks.length };
  });
  ensure(read.paragraphs === 300 && read.blocks === 60, `read ${read.paragraphs} paragraphs and ${read.blocks} controls, not 300 and 60`);
  return { syncs, note: `readDocumentModel: ${read.paragraphs} paragraphs, ${read.blocks} content controls, custom properties` };
}

async function main(): Promise<void> {
  const result = {
    insertDescriptor: await insertDescriptor(),
    insertObjective: await insertObjective(),
    insertList: await insertList(),
    readStage: await readStage(),
    checkDocument: await checkDocument(),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
