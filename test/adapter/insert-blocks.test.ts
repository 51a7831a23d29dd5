import { bundledFramework } from '../../src/core/framework/bundled';
import { descriptorInsertion } from '../../src/core/compose/reference';
import { DocumentError } from '../../src/document/port';
import { createWordPort } from '../../src/document/word/word-port';
import { CONTENT_CONTROL_NOTICE, REFUSED_HERE_NOTICE } from '../../src/document/word/insertion';
import { createWordFake, wordError } from '../support/word-fake';

const framework = bundledFramework();
const d1 = descriptorInsertion(framework, 'TS2.1/MPR/1');
const d2 = descriptorInsertion(framework, 'TS2.2/MPR/1');
const after = { mode: 'after-selection', asPlainText: false } as const;

describe('Word adapter: inserting descriptors', () => {
  it('inserts at the caret as a tagged, titled inline content control, with the caret left just outside it: one sync to read, one to write', async () => {
    const mock = createWordFake({ before: 'Evidence:', after: ' More.' });
    const outcome = await createWordPort(mock.host).insertBlocks([d1], after);
    expect(outcome).toEqual({ inserted: 1, asPlainText: false });
    expect(mock.text()).toBe(`Evidence: [tsd:TS2.1/MPR/1|${d1.text}] More.`);
    expect(mock.controlDetails()).toEqual([{ tag: 'tsd:TS2.1/MPR/1', title: d1.title, type: 'RichText', subtype: 'RichTextInline' }]);
    expect(mock.caret()).toEqual({ paragraph: 0, offset: `Evidence: ${d1.text}`.length, inside: null, collapsed: true });
    expect(mock.state.syncs).toBe(2);
  });

  it('keeps a non-empty selection and puts the descriptor just after it, a space between', async () => {
    const mock = createWordFake({ before: 'Notes: ', selected: 'Strong practice', after: '.' });
    await createWordPort(mock.host).insertBlocks([d1], after);
    expect(mock.text()).toBe(`Notes: Strong practice [tsd:TS2.1/MPR/1|${d1.text}].`);
  });

  it('replaces the selection only when asked', async () => {
    const mock = createWordFake({ before: 'Notes: ', selected: 'DELETE ME' });
    await createWordPort(mock.host).insertBlocks([d1], { mode: 'replace', asPlainText: false });
    expect(mock.text()).toBe(`Notes: [tsd:TS2.1/MPR/1|${d1.text}]`);
  });

  it('inserts several descriptors in order, a space apart, each in its own control', async () => {
    const mock = createWordFake();
    const outcome = await createWordPort(mock.host).insertBlocks([d1, d2], after);
    expect(outcome.inserted).toBe(2);
    expect(mock.text()).toBe(`[tsd:TS2.1/MPR/1|${d1.text}] [tsd:TS2.2/MPR/1|${d2.text}]`);
    expect(mock.caret().inside).toBeNull();
  });

  it('inserts plain text when the setting asks for it', async () => {
    const mock = createWordFake();
    const outcome = await createWordPort(mock.host).insertBlocks([d1], { mode: 'after-selection', asPlainText: true });
    expect(outcome).toEqual({ inserted: 1, asPlainText: true });
    expect(mock.text()).toBe(d1.text);
    expect(mock.controls()).toEqual([]);
  });

  it('where Word refuses a control at this place, this insertion goes in as plain text, once, said; the next tries a control again', async () => {
    const mock = createWordFake({ paragraphs: [{ text: 'In a cell', cell: 'A1' }, { text: 'Outside' }], caret: { paragraph: 0 }, refuse: { tableCell: true } });
    const port = createWordPort(mock.host);
    const first = await port.insertBlocks([d1], after);
    expect(first).toEqual({ inserted: 1, asPlainText: true, notice: REFUSED_HERE_NOTICE });
    expect(mock.paragraphs()[0]?.text).toBe(`In a cell ${d1.text}`);
    expect(mock.caret()).toMatchObject({ paragraph: 0, offset: `In a cell ${d1.text}`.length });
    // Elsewhere, the next insertion gets its content control.
    const elsewhere = createWordFake({ paragraphs: [{ text: 'Outside' }] });
    const again = await createWordPort(elsewhere.host).insertBlocks([d2], after);
    expect(again).toEqual({ inserted: 1, asPlainText: false });
    const second = await port.insertBlocks([d2], after);
    expect(second.notice).toBe(REFUSED_HERE_NOTICE); // still in the cell: refused again, said again
    expect(mock.controls()).toEqual([]);
  });

  it('a host without content controls goes plain for the session, said once', async () => {
    const mock = createWordFake({ wordApi11: false });
    const port = createWordPort(mock.host);
    await expect(port.insertBlocks([d1], after)).resolves.toEqual({ inserted: 1, asPlainText: true, notice: CONTENT_CONTROL_NOTICE });
    await expect(port.insertBlocks([d2], after)).resolves.toEqual({ inserted: 1, asPlainText: true });
  });

  it('with the caret inside another add-in’s control, the descriptor goes in there and the user is told', async () => {
    const mock = createWordFake({ paragraphs: [{ text: 'Reviewer notes' }], controls: [{ tag: 'other-addin:7', title: 'Reviewer notes', type: 'RichText', start: 0, end: 1, text: 'Reviewer notes' }] });
    const outcome = await createWordPort(mock.host).insertBlocks([d1], after);
    expect(outcome.notice).toBe('The cursor was inside another content control (“Reviewer notes”), so this went in inside it.');
    expect(mock.text()).toBe(`[other-addin:7|Reviewer notes [tsd:TS2.1/MPR/1|${d1.text}]]`);
  });

  it('says "nothing was changed" only when nothing was: a read-only document refuses the first write', async () => {
    const mock = createWordFake({ before: 'Evidence: ', readOnly: true });
    const attempt = createWordPort(mock.host).insertBlocks([d1, d2], after);
    await expect(attempt).rejects.toBeInstanceOf(DocumentError);
    await expect(attempt).rejects.toThrow('Word could not insert the descriptors: the document is read-only or protected here. Nothing was changed.');
    expect(mock.text()).toBe('Evidence: ');
  });

  it('in Viewing mode (GeneralException, office-js #5484) says how to carry on', async () => {
    const mock = createWordFake({ viewing: true });
    await expect(createWordPort(mock.host).insertBlocks([d1], after)).rejects.toThrow(
      'Word could not insert the descriptor: Word reported a general error. If the document is open for viewing only, switch to Editing and try again. Nothing was changed.',
    );
  });

  it('when a batch fails part-way, says what may already be in the document and asks the user to look before retrying', async () => {
    let controls = 0;
    const mock = createWordFake({ failCommand: (name) => (name === 'Range.insertContentControl' && ++controls === 2 ? wordError('AccessDenied', name) : undefined) });
    const attempt = createWordPort(mock.host).insertBlocks([d1, d2], after);
    await expect(attempt).rejects.toThrow(
      'Word could not finish: it could not insert the descriptors: the document is read-only or protected here. Part of it is already in the document: look there before trying again, so it does not go in twice.',
    );
    // The commands before the failing one stayed done: both texts, the first control.
    expect(mock.text()).toBe(`[tsd:TS2.1/MPR/1|${d1.text}] ${d2.text}`);
  });

  it('maps NotAllowed, and an error without errorLocation', async () => {
    const notAllowed = createWordFake({ failCommand: (name) => (name === 'Range.insertText' ? wordError('NotAllowed', name) : undefined) });
    await expect(createWordPort(notAllowed.host).insertBlocks([d1], after)).rejects.toThrow('Word does not allow this here (in this version of Word, or in this part of the document). Nothing was changed.');
    const silent = createWordFake({ viewing: true, omitErrorLocation: true });
    await expect(createWordPort(silent.host).insertBlocks([d1], after)).rejects.toThrow('Word reported a general error without saying where.');
  });

  it('does nothing for an empty list', async () => {
    const mock = createWordFake();
    await expect(createWordPort(mock.host).insertBlocks([], after)).resolves.toEqual({ inserted: 0, asPlainText: false });
    expect(mock.state.syncs).toBe(0);
  });
});

describe('Word adapter: inserting descriptors on WordApi 1.1 (Word 2016)', () => {
  it('takes the caret to be at the end of its paragraph, and inserts one descriptor after another in order', async () => {
    const mock = createWordFake({ wordApi13: false, paragraphs: [{ text: 'Focus:' }] });
    const port = createWordPort(mock.host);
    await port.insertBlocks([d1], after);
    await port.insertBlocks([d2], after);
    expect(mock.text()).toBe(`Focus: [tsd:TS2.1/MPR/1|${d1.text}] [tsd:TS2.2/MPR/1|${d2.text}]`);
  });

  it('with the caret inside one of its descriptors in mid-sentence, asks the user to click after it', async () => {
    const mock = createWordFake({ wordApi13: false, paragraphs: [{ text: `A ${d1.text} B` }], controls: [{ tag: d1.tag, title: d1.title, type: 'RichText', start: 0, end: 1, text: d1.text }], caret: { paragraph: 0, offset: 5 } });
    await expect(createWordPort(mock.host).insertBlocks([d2], after)).rejects.toThrow('The cursor is inside a block the add-in inserted. Click just after it');
    expect(mock.controls()).toHaveLength(1);
  });
});
