import { bundledFramework } from '../../src/core/framework/bundled';
import { blockPlainText, type ComposedBlock } from '../../src/core/compose/block';
import { composeObjectiveBlock, draftObjective } from '../../src/core/compose/objective';
import { draftRationale } from '../../src/core/compose/rationale';
import { DocumentError, type InsertOptions } from '../../src/document/port';
import { createWordPort } from '../../src/document/word/word-port';
import { REFUSED_HERE_NOTICE } from '../../src/document/word/insertion';
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

/** The paragraphs the block produced, as runs for comparison with the composed block. */
/** Runs by bold alone (italic and colour, the placeholders' look, are tested in placeholder-runs.test.ts). */
const asRuns = (ps: FakeDocParagraph[]) =>
  ps.map((p) =>
    p.runs.reduce<{ text: string; bold: boolean }[]>((runs, r) => {
      const last = runs[runs.length - 1];
      if (last && last.bold === r.bold) last.text += r.text;
      else runs.push({ text: r.text, bold: r.bold });
      return runs;
    }, []),
  );
/** The block's runs as Word holds them: empty runs gone, neighbours with the same bold as one run. */
const expectedRuns = (b: ComposedBlock) =>
  b.paragraphs.map((p) =>
    p.runs
      .filter((r) => r.text !== '')
      .reduce<{ text: string; bold: boolean }[]>((runs, r) => {
        const last = runs[runs.length - 1];
        if (last && last.bold === (r.bold === true)) last.text += r.text;
        else runs.push({ text: r.text, bold: r.bold === true });
        return runs;
      }, []),
  );
const inBlock = (ps: FakeDocParagraph[], tag = block.tag) => ps.filter((p) => p.blockTags.includes(tag));

function insert(options: WordFakeOptions, insertOptions: InsertOptions = after, b: ComposedBlock = block) {
  const mock = createWordFake(options);
  const port = createWordPort(mock.host);
  return { mock, port, outcome: port.insertComposedBlock(b, insertOptions) };
}

describe('Word adapter: formatted blocks (objectives, rationales)', () => {
  it('goes after the caret’s paragraph in Normal paragraphs: one tagged, titled block control, bold labels, a reviewer’s <b> and & kept as text; the caret after it', async () => {
    const { mock, outcome } = insert({ paragraphs: [{ text: 'Objectives for next year', style: 'Heading 1' }, { text: 'Signed:' }], caret: { paragraph: 0 } });
    await expect(outcome).resolves.toEqual({ inserted: 1, asPlainText: false, tagsBefore: [] });
    expect(mock.state.syncs).toBe(2);
    expect(mock.controlDetails()).toEqual([{ tag: 'tso:TS2.1/MPR/1', title: block.title, type: 'RichText', subtype: 'RichTextParagraphs' }]);
    const ps = mock.paragraphs();
    expect(ps.map((p) => p.text)).toEqual(['Objectives for next year', ...lines, 'Signed:']);
    expect(asRuns(inBlock(ps))).toEqual(expectedRuns(block));
    expect(inBlock(ps).every((p) => p.style === 'Normal' && !p.list)).toBe(true);
    expect(ps.some((p) => p.text.includes('Use <b>exit tickets</b> & data drops'))).toBe(true);
    expect(mock.caret()).toEqual({ paragraph: ps.length - 1, offset: 0, inside: null, collapsed: true });
  });

  it('takes the place of an empty numbered line (no stray number left), outside the list; a block never ends the document', async () => {
    const { mock, outcome } = insert({ paragraphs: [{ text: 'Objectives for next year', style: 'Heading 1' }, { text: '', list: true }] });
    await outcome;
    const ps = mock.paragraphs();
    expect(ps.map((p) => p.text)).toEqual(['Objectives for next year', ...lines, '']);
    expect(ps.slice(1).every((p) => !p.list && p.style === 'Normal')).toBe(true);
    expect(mock.caret()).toMatchObject({ paragraph: ps.length - 1, inside: null });
  });

  it('takes the place of a line holding only a typed "1."', async () => {
    const { mock, outcome } = insert({ paragraphs: [{ text: 'Objectives' }, { text: '1. ' }, { text: 'Signed:' }], caret: { paragraph: 1 } });
    await outcome;
    expect(mock.paragraphs().map((p) => p.text)).toEqual(['Objectives', ...lines, 'Signed:']);
  });

  it('two blocks one after another read in order', async () => {
    const { mock, port, outcome } = insert({ paragraphs: [{ text: 'Objectives' }, { text: 'Signed:' }], caret: { paragraph: 0 } });
    await outcome;
    const second = objective();
    second.paragraphs[0] = { runs: [{ text: 'Second objective', bold: true }] };
    await port.insertComposedBlock(second, after);
    const texts = mock.paragraphs().map((p) => p.text);
    expect(texts.indexOf('Second objective')).toBe(1 + lines.length);
    expect(texts[texts.length - 1]).toBe('Signed:');
  });

  it('with the caret inside one of its own blocks, goes after that block, not inside it', async () => {
    const { mock, port, outcome } = insert({ paragraphs: [{ text: 'Objectives' }, { text: 'Signed:' }], caret: { paragraph: 0 } });
    await outcome;
    const rationale = draftRationale(framework, { careerStageName: 'Main pay range', rating: 'achieved', tickedIds: ['CEF/MPR/achieved/1'] }).block;
    // Put the caret in the objective's second paragraph, as a user clicking into it would.
    const inside = createWordFake({ paragraphs: mock.paragraphs().map((p) => ({ text: p.text })), controls: [{ tag: block.tag, title: block.title, type: 'RichText', start: 1, end: 1 + lines.length }], caret: { paragraph: 2, offset: 3 } });
    await createWordPort(inside.host).insertComposedBlock(rationale, after);
    const ps = inside.paragraphs();
    expect(inBlock(ps).map((p) => p.text)).toEqual(lines);
    expect(inBlock(ps, rationale.tag)[0]?.text).toBe(blockPlainText(rationale).split('\n')[0]);
    expect(ps.findIndex((p) => p.blockTags.includes(rationale.tag))).toBe(1 + lines.length);
    void port;
  });

  it('reads the existing tags before the objective goes in', async () => {
    const { outcome } = insert({ paragraphsBefore: ['Intro'], existingTags: ['tso:TS1.1/MPR/1', 'tsd:TS3.2/MPR/2'], before: 'Notes' });
    await expect(outcome).resolves.toMatchObject({ tagsBefore: ['tso:TS1.1/MPR/1', 'tsd:TS3.2/MPR/2'] });
  });

  it('in Replace mode removes the selected text first', async () => {
    const { mock, outcome } = insert({ before: 'Keep ', selected: 'DROP', after: ' this' }, { mode: 'replace', asPlainText: false });
    await outcome;
    expect(mock.paragraphs().map((p) => p.text)).toEqual(['Keep  this', ...lines, '']);
  });

  it('in a table cell the block goes into the cell; where Word refuses the control there (the web, office-js #3367), the paragraphs stay in, plain, said', async () => {
    const inCell = insert({ before: 'Strengths', cell: 'B2', paragraphsAfter: ['After the table'] });
    await inCell.outcome;
    expect(inCell.mock.paragraphs().filter((p) => p.cell === 'B2').map((p) => p.text)).toEqual(['Strengths', ...lines]);
    expect(inCell.mock.controls()).toHaveLength(1);

    const refused = insert({ before: 'Strengths', cell: 'B2', refuse: { tableCell: true } });
    await expect(refused.outcome).resolves.toEqual({ inserted: 1, asPlainText: true, tagsBefore: [], notice: REFUSED_HERE_NOTICE });
    expect(refused.mock.paragraphs().map((p) => p.text)).toEqual(['Strengths', ...lines, '']);
    expect(refused.mock.controls()).toEqual([]);
  });

  it('as plain text: the same formatted paragraphs, no content control', async () => {
    const { mock, outcome } = insert({ before: 'Notes' }, { mode: 'after-selection', asPlainText: true });
    await expect(outcome).resolves.toMatchObject({ asPlainText: true });
    expect(mock.controls()).toEqual([]);
    expect(asRuns(mock.paragraphs().slice(1, -1))).toEqual(expectedRuns(block));
    expect(mock.paragraphs()[mock.paragraphs().length - 1]?.text).toBe(''); // a block never ends the document
  });

  it('with WordApi 1.1 only, the control is made first and the paragraphs go inside it; a refusal writes the block again, plain', async () => {
    const { mock, outcome } = insert({ wordApi13: false, before: 'Notes' });
    await outcome;
    expect(inBlock(mock.paragraphs()).map((p) => p.text)).toEqual(lines);
    const refused = insert({ wordApi13: false, before: 'Notes', refuseContentControls: true });
    await expect(refused.outcome).resolves.toMatchObject({ asPlainText: true, notice: REFUSED_HERE_NOTICE });
    expect(refused.mock.paragraphs().filter((p) => p.text !== '').map((p) => p.text)).toEqual(['Notes', ...lines]);
  });

  it('inserts a rating rationale tagged with the role and rating, without reading tags', async () => {
    const rationale = draftRationale(framework, { careerStageName: 'Main pay range with TLR', rating: 'achieved', tickedIds: ['CEF/MPR-TLR/achieved/1'] }).block;
    const { mock, outcome } = insert({ before: 'Rating' }, after, rationale);
    await expect(outcome).resolves.toEqual({ inserted: 1, asPlainText: false, tagsBefore: null });
    expect(mock.controls()).toEqual([{ tag: 'tsr:MPR-TLR/achieved', title: rationale.title }]);
    expect(rationale.title.length).toBeLessThanOrEqual(64);
  });

  it('reports a failure part-way honestly', async () => {
    const { mock, outcome } = insert({ before: 'Notes', failCommand: (name) => (name === 'Range.font.bold' ? wordError('NotAllowed', name) : undefined) });
    await expect(outcome).rejects.toBeInstanceOf(DocumentError);
    await expect(outcome).rejects.toThrow('Part of it is already in the document');
    expect(mock.paragraphs().length).toBeGreaterThan(1);
  });
});
