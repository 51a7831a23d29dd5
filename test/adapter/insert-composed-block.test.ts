import { bundledFramework } from '../../src/core/framework/bundled';
import { blockPlainText, type ComposedBlock } from '../../src/core/compose/block';
import { composeObjectiveBlock, draftObjective } from '../../src/core/compose/objective';
import { draftRationale } from '../../src/core/compose/rationale';
import { DocumentError, type InsertOptions } from '../../src/document/port';
import { createWordPort } from '../../src/document/word/word-port';
import { CONTENT_CONTROL_NOTICE } from '../../src/document/word/insertion';
import { createWordFake, wordError, type WordFakeOptions, type FakeDocParagraph } from '../support/word-fake';

const framework = bundledFramework();
const after: InsertOptions = { mode: 'after-selection', asPlainText: false };

function objective(): ComposedBlock {
  const draft = draftObjective(framework, { stage: 'MPR', subStandard: '2.1', descriptorIds: ['TS2.1/MPR/1'], number: 2 });
  draft.fields.successCriteria.value = 'Use <b>exit tickets</b> & data drops';
  draft.fields.evidence.value = 'Book looks\nPupil voice';
  return composeObjectiveBlock(framework, draft);
}
const block = objective();
const lines = blockPlainText(block).split('\n');

/** The paragraphs the block produced, as [text, bold runs] for comparison with the composed block. */
const asRuns = (ps: FakeDocParagraph[]) => ps.map((p) => p.runs.map((r) => ({ text: r.text, bold: r.bold })));
const expectedRuns = (b: ComposedBlock) => b.paragraphs.map((p) => p.runs.filter((r) => r.text !== '').map((r) => ({ text: r.text, bold: r.bold === true })));

function insert(options: WordFakeOptions, insertOptions: InsertOptions = after, b: ComposedBlock = block) {
  const mock = createWordFake(options);
  const port = createWordPort(mock.host);
  return { mock, port, outcome: port.insertComposedBlock(b, insertOptions) };
}

describe('Word adapter: formatted blocks (objectives, rationales) in one sync', () => {
  it('puts the block after the cursor’s paragraph: one tagged, titled control, one paragraph per block paragraph, bold labels', async () => {
    const { mock, outcome } = insert({ paragraphsBefore: ['Objectives for next year'], before: '1. ', paragraphsAfter: ['Signed:'] });
    await expect(outcome).resolves.toEqual({ inserted: 1, asPlainText: false, tagsBefore: [] });
    expect(mock.state.syncs).toBe(1);
    expect(mock.controls()).toEqual([{ tag: 'tso:TS2.1/MPR/1', title: 'Objective 2 · TS 2.1 · Main pay range' }]);
    const ps = mock.paragraphs();
    expect(ps.map((p) => p.text)).toEqual(['Objectives for next year', '1. ', ...lines, 'Signed:']);
    const inBlock = ps.filter((p) => p.blockTags.includes(block.tag));
    expect(inBlock.map((p) => p.text)).toEqual(lines);
    expect(asRuns(inBlock)).toEqual(expectedRuns(block));
    expect(inBlock[0]!.runs).toEqual([{ text: block.paragraphs[0]!.runs[0]!.text, bold: true }]);
    expect(inBlock[1]!.runs[0]).toEqual({ text: 'Objective:', bold: true });
    expect(inBlock[1]!.runs[1]!.bold).toBe(false);
  });

  it('writes a reviewer’s <b> and & as literal text', async () => {
    const { mock, outcome } = insert({});
    await outcome;
    const criteria = mock.paragraphs().find((p) => p.text.startsWith('Success criteria:'))!;
    expect(criteria.runs).toEqual([
      { text: 'Success criteria:', bold: true },
      { text: ' Use <b>exit tickets</b> & data drops', bold: false },
    ]);
  });

  it('reads the existing tags in the same sync, as they were before the objective went in', async () => {
    const existing = ['tso:TS1.1/MPR/1', 'tsd:TS3.1/MPR/2'];
    const { mock, outcome } = insert({ existingTags: existing });
    await expect(outcome).resolves.toMatchObject({ tagsBefore: existing });
    expect(mock.state.syncs).toBe(1);
    expect(mock.controls().map((c) => c.tag)).toEqual([...existing, block.tag]);
  });

  it('keeps a non-empty selection: the block goes after its paragraph', async () => {
    const { mock, outcome } = insert({ before: 'Notes: ', selected: 'Strong practice', after: '.' });
    await outcome;
    expect(mock.paragraphs().map((p) => p.text)).toEqual(['Notes: Strong practice.', ...lines]);
    expect(mock.state.syncs).toBe(1);
  });

  it('in Replace mode removes the selected text first, still one sync', async () => {
    const { mock, outcome } = insert({ before: 'Notes: ', selected: 'DELETE ME', after: '' }, { mode: 'replace', asPlainText: false });
    await outcome;
    expect(mock.paragraphs().map((p) => p.text)).toEqual(['Notes: ', ...lines]);
    expect(mock.state.syncs).toBe(1);
  });

  it('with the cursor in a table cell, the block goes into that cell, formatted and tagged', async () => {
    const { mock, outcome } = insert({ paragraphsBefore: ['Above the table'], before: 'Objective', cell: 'B2', paragraphsAfter: ['Below the table'] });
    await outcome;
    const ps = mock.paragraphs();
    const inBlock = ps.filter((p) => p.blockTags.includes(block.tag));
    expect(inBlock.map((p) => p.text)).toEqual(lines);
    expect(inBlock.every((p) => p.cell === 'B2')).toBe(true);
    expect(asRuns(inBlock)).toEqual(expectedRuns(block));
    expect(ps.find((p) => p.text === 'Below the table')!.cell).toBeNull();
    expect(mock.state.syncs).toBe(1);
  });

  it('as plain text: the same formatted paragraphs, no content control, one sync', async () => {
    const { mock, outcome } = insert({}, { mode: 'after-selection', asPlainText: true });
    await expect(outcome).resolves.toEqual({ inserted: 1, asPlainText: true, tagsBefore: [] });
    expect(mock.controls()).toEqual([]);
    expect(asRuns(mock.paragraphs().slice(1))).toEqual(expectedRuns(block));
    expect(mock.state.syncs).toBe(1);
  });

  it('where content controls are refused (WordApi 1.3), the formatted paragraphs are already in: one sync, said once', async () => {
    const { mock, port, outcome } = insert({ refuseContentControls: true });
    await expect(outcome).resolves.toEqual({ inserted: 1, asPlainText: true, tagsBefore: null, notice: CONTENT_CONTROL_NOTICE });
    expect(mock.state.syncs).toBe(1);
    expect(asRuns(mock.paragraphs().slice(1))).toEqual(expectedRuns(block));
    await expect(port.insertComposedBlock(block, after)).resolves.toEqual({ inserted: 1, asPlainText: true, tagsBefore: [] });
    expect(mock.state.syncs).toBe(2);
    expect(mock.paragraphs().filter((p) => p.text === lines[0])).toHaveLength(2);
    expect(mock.controls()).toEqual([]);
  });

  it('with WordApi 1.1 only, the control is made first and the paragraphs go inside it, one sync', async () => {
    const { mock, outcome } = insert({ wordApi13: false, cell: 'A1' });
    await outcome;
    expect(mock.state.syncs).toBe(1);
    const inBlock = mock.paragraphs().filter((p) => p.blockTags.includes(block.tag));
    expect(inBlock.map((p) => p.text)).toEqual(lines);
    expect(inBlock.every((p) => p.cell === 'A1')).toBe(true);
    expect(asRuns(inBlock)).toEqual(expectedRuns(block));
  });

  it('with WordApi 1.1 only, a refusal stops the batch before any text, so the block is written once more as plain paragraphs (two syncs, once)', async () => {
    const { mock, port, outcome } = insert({ wordApi13: false, refuseContentControls: true });
    await expect(outcome).resolves.toMatchObject({ inserted: 1, asPlainText: true, notice: CONTENT_CONTROL_NOTICE });
    expect(mock.state.syncs).toBe(2);
    const ps = mock.paragraphs();
    expect(ps.filter((p) => p.text === lines[0])).toHaveLength(1);
    expect(asRuns(ps.slice(1, -1))).toEqual(expectedRuns(block));
    // The empty paragraph the refused control was made around stays, after the block (documented in the adapter).
    expect(ps[ps.length - 1]!.text).toBe('');
    await port.insertComposedBlock(block, after);
    expect(mock.state.syncs).toBe(3);
  });

  it('reports a Word error in plain words and changes nothing', async () => {
    const { mock, outcome } = insert({ before: 'Evidence: ', failSync: { at: 1, error: wordError('AccessDenied', 'Range.insertParagraph') } });
    await expect(outcome).rejects.toBeInstanceOf(DocumentError);
    await expect(outcome).rejects.toThrow('Word could not insert the objective: the document is read-only or protected here. Nothing was changed.');
    expect(mock.text()).toBe('Evidence: ');
    expect(mock.state.syncs).toBe(1);
  });

  it('inserts a rating rationale tagged with the role and rating, without reading tags', async () => {
    const { block: rationale } = draftRationale(framework, {
      careerStageName: 'Main pay range with TLR',
      rating: 'achieved',
      tickedIds: ['CEF/MPR-TLR/achieved/1'],
      overallNote: 'Strong year & more',
    });
    const { mock, outcome } = insert({}, after, rationale);
    await expect(outcome).resolves.toEqual({ inserted: 1, asPlainText: false, tagsBefore: null });
    expect(mock.controls()[0]!.tag).toBe('tsr:MPR-TLR/achieved');
    expect(mock.paragraphs().slice(1).map((p) => p.text)).toEqual(blockPlainText(rationale).split('\n'));
    expect(mock.state.syncs).toBe(1);
  });
});

describe('Word adapter: reading block tags', () => {
  it('reads only the tags, in document order, in one sync', async () => {
    const mock = createWordFake({ existingTags: ['tso:TS1.1/UPR1/1', 'tsr:UPR/achieved'] });
    await expect(createWordPort(mock.host).readBlockTags()).resolves.toEqual(['tso:TS1.1/UPR1/1', 'tsr:UPR/achieved']);
    expect(mock.state.syncs).toBe(1);
    expect(mock.state.untracked).toBe(1);
  });

  it('turns a failure into a plain message', async () => {
    const mock = createWordFake({ failSync: { at: 1, error: wordError('GeneralException') } });
    await expect(createWordPort(mock.host).readBlockTags()).rejects.toThrow(/^Word could not read the blocks already in the document:/);
  });
});
