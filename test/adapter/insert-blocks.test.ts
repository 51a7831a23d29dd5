import { bundledFramework } from '../../src/core/framework/bundled';
import { descriptorInsertion } from '../../src/core/compose/reference';
import { DocumentError } from '../../src/document/port';
import { createWordPort } from '../../src/document/word/word-port';
import { CONTENT_CONTROL_NOTICE } from '../../src/document/word/insertion';
import { createWordFake, wordError } from '../support/word-fake';

const framework = bundledFramework();
const d1 = descriptorInsertion(framework, 'TS2.1/MPR/1');
const d2 = descriptorInsertion(framework, 'TS2.2/MPR/1');
const after = { mode: 'after-selection', asPlainText: false } as const;

describe('Word adapter: inserting descriptors, one sync each', () => {
  it('inserts at a collapsed cursor as a tagged, titled content control', async () => {
    const mock = createWordFake({ before: 'Evidence: ', after: ' More.' });
    const outcome = await createWordPort(mock.host).insertBlocks([d1], after);
    expect(outcome).toEqual({ inserted: 1, asPlainText: false });
    expect(mock.text()).toBe(`Evidence: [tsd:TS2.1/MPR/1|${d1.text}] More.`);
    expect(mock.controls()).toEqual([{ tag: 'tsd:TS2.1/MPR/1', title: 'TS 2.1 · Main pay range' }]);
    expect(d1.text.endsWith("(Teachers’ Standard 2.1, Main pay range)")).toBe(true);
    expect(mock.state.syncs).toBe(1);
  });

  it('keeps a non-empty selection and puts the block just after it, without reading the selection', async () => {
    const mock = createWordFake({ before: 'Notes: ', selected: 'Strong practice', after: '.' });
    await createWordPort(mock.host).insertBlocks([d1], after);
    expect(mock.text()).toBe(`Notes: Strong practice[tsd:TS2.1/MPR/1|${d1.text}].`);
    expect(mock.state.syncs).toBe(1);
  });

  it('replaces the selection only when asked, in one sync', async () => {
    const mock = createWordFake({ before: 'Notes: ', selected: 'DELETE ME' });
    await createWordPort(mock.host).insertBlocks([d1], { mode: 'replace', asPlainText: false });
    expect(mock.text()).toBe(`Notes: [tsd:TS2.1/MPR/1|${d1.text}]`);
    expect(mock.state.syncs).toBe(1);
  });

  it('inserts several blocks in order, one paragraph and one content control each, in one sync', async () => {
    const mock = createWordFake();
    const outcome = await createWordPort(mock.host).insertBlocks([d1, d2], after);
    expect(outcome.inserted).toBe(2);
    expect(mock.text()).toBe(`[tsd:TS2.1/MPR/1|${d1.text}]\n[tsd:TS2.2/MPR/1|${d2.text}]`);
    expect(mock.state.syncs).toBe(1);
  });

  it('inserts plain text when the setting asks for it, in one sync', async () => {
    const mock = createWordFake();
    const outcome = await createWordPort(mock.host).insertBlocks([d1], { mode: 'after-selection', asPlainText: true });
    expect(outcome).toEqual({ inserted: 1, asPlainText: true });
    expect(mock.text()).toBe(d1.text);
    expect(mock.controls()).toEqual([]);
    expect(mock.state.syncs).toBe(1);
  });

  it('where content controls are refused, the text is already in as plain text: one sync, said once, never twice in', async () => {
    const mock = createWordFake({ refuseContentControls: true });
    const port = createWordPort(mock.host);
    const first = await port.insertBlocks([d1], after);
    expect(first).toEqual({ inserted: 1, asPlainText: true, notice: CONTENT_CONTROL_NOTICE });
    expect(mock.text()).toBe(d1.text);
    expect(mock.state.syncs).toBe(1);
    const second = await port.insertBlocks([d2], after);
    expect(second).toEqual({ inserted: 1, asPlainText: true });
    expect(mock.state.syncs).toBe(2);
    // The mock's selection stays where it was, so the second text lands before the first; each is in exactly once.
    expect(mock.text()).toBe(`${d2.text}${d1.text}`);
    expect(mock.controls()).toEqual([]);
  });

  it('reports a Word error in plain words, inserts nothing and does not retry', async () => {
    const mock = createWordFake({ before: 'Evidence: ', failSync: { at: 1, error: wordError('AccessDenied', 'Range.insertText') } });
    const attempt = createWordPort(mock.host).insertBlocks([d1, d2], after);
    await expect(attempt).rejects.toBeInstanceOf(DocumentError);
    await expect(attempt).rejects.toThrow('Word could not insert the descriptors: the document is read-only or protected here. Nothing was changed.');
    expect(mock.text()).toBe('Evidence: ');
    expect(mock.state.syncs).toBe(1);
  });

  it('does nothing for an empty list', async () => {
    const mock = createWordFake();
    await expect(createWordPort(mock.host).insertBlocks([], after)).resolves.toEqual({ inserted: 0, asPlainText: false });
    expect(mock.state.syncs).toBe(0);
  });
});
