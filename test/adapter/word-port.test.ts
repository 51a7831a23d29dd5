import { bundledFramework } from '../../src/core/framework/bundled';
import { descriptorInsertion } from '../../src/core/compose/reference';
import { DocumentError } from '../../src/document/port';
import { createWordPort } from '../../src/document/word/word-port';
import { CONTENT_CONTROL_NOTICE } from '../../src/document/word/insert-blocks';
import { createWordMock, officeError } from './word-mock';

const framework = bundledFramework();
const d1 = descriptorInsertion(framework, 'TS2.1/MPR/1');
const d2 = descriptorInsertion(framework, 'TS2.2/MPR/1');
const after = { mode: 'after-selection', asPlainText: false } as const;

describe('Word adapter: inserting descriptors', () => {
  it('inserts at a collapsed cursor as a tagged, titled content control: one read and one write sync', async () => {
    const mock = createWordMock({ before: 'Evidence: ', after: ' More.' });
    const outcome = await createWordPort(mock.host).insertBlocks([d1], after);
    expect(outcome).toEqual({ inserted: 1, asPlainText: false });
    expect(mock.text()).toBe(`Evidence: [tsd:TS2.1/MPR/1|${d1.text}] More.`);
    expect(mock.state.inserted[0]).toMatchObject({ tag: 'tsd:TS2.1/MPR/1', title: 'TS 2.1 · MPR' });
    expect(d1.text.endsWith("(Teachers' Standard 2.1, MPR)")).toBe(true);
    expect(mock.state.syncs).toBe(2);
  });

  it('keeps a non-empty selection and inserts after it, with a space', async () => {
    const mock = createWordMock({ before: 'Notes: ', selected: 'Strong practice', after: '.' });
    await createWordPort(mock.host).insertBlocks([d1], after);
    expect(mock.text()).toBe(`Notes: Strong practice [tsd:TS2.1/MPR/1|${d1.text}].`);
    expect(mock.state.replaced).toBe(false);
  });

  it('replaces the selection only when asked, in one sync', async () => {
    const mock = createWordMock({ before: 'Notes: ', selected: 'DELETE ME', after: '' });
    await createWordPort(mock.host).insertBlocks([d1], { mode: 'replace', asPlainText: false });
    expect(mock.text()).toBe(`Notes: [tsd:TS2.1/MPR/1|${d1.text}]`);
    expect(mock.state.syncs).toBe(1);
  });

  it('inserts several blocks in order, one paragraph and one content control each, still in two syncs', async () => {
    const mock = createWordMock({ before: '', after: '' });
    const outcome = await createWordPort(mock.host).insertBlocks([d1, d2], after);
    expect(outcome.inserted).toBe(2);
    expect(mock.text()).toBe(`[tsd:TS2.1/MPR/1|${d1.text}]\n[tsd:TS2.2/MPR/1|${d2.text}]`);
    expect(mock.state.syncs).toBe(2);
  });

  it('inserts plain text when the setting asks for it', async () => {
    const mock = createWordMock({ before: '', after: '' });
    const outcome = await createWordPort(mock.host).insertBlocks([d1], { mode: 'after-selection', asPlainText: true });
    expect(outcome).toEqual({ inserted: 1, asPlainText: true });
    expect(mock.text()).toBe(d1.text);
    expect(mock.state.inserted.some((p) => p.tag)).toBe(false);
  });

  it('falls back to plain text where content controls are refused, and says so once', async () => {
    const mock = createWordMock({ before: '', after: '', refuseContentControls: true });
    const port = createWordPort(mock.host);
    const first = await port.insertBlocks([d1], after);
    expect(first).toEqual({ inserted: 1, asPlainText: true, notice: CONTENT_CONTROL_NOTICE });
    const syncsAfterFirst = mock.state.syncs;
    const second = await port.insertBlocks([d2], after);
    expect(second).toEqual({ inserted: 1, asPlainText: true });
    expect(mock.state.syncs - syncsAfterFirst).toBe(2);
    expect(mock.text()).toBe(d2.text);
  });

  it('reports a Word error in plain words, inserts nothing and does not retry', async () => {
    const mock = createWordMock({ before: 'Evidence: ', after: '', failSync: { at: 2, error: officeError('AccessDenied', 'Range.insertText') } });
    const attempt = createWordPort(mock.host).insertBlocks([d1, d2], after);
    await expect(attempt).rejects.toBeInstanceOf(DocumentError);
    await expect(attempt).rejects.toThrow('Word could not insert the descriptors: the document is read-only or protected here. Nothing was changed.');
    expect(mock.text()).toBe('Evidence: ');
    expect(mock.state.syncs).toBe(2);
  });

  it('does nothing for an empty list', async () => {
    const mock = createWordMock();
    await expect(createWordPort(mock.host).insertBlocks([], after)).resolves.toEqual({ inserted: 0, asPlainText: false });
    expect(mock.state.syncs).toBe(0);
  });
});

describe('Word adapter: career stage and text', () => {
  it('reads the CareerStage custom property in one sync (WordApi 1.3)', async () => {
    const mock = createWordMock({ customProperty: 'UPR 1' });
    await expect(createWordPort(mock.host).readCareerStage()).resolves.toEqual({ name: 'UPR 1', storedIn: 'document-property' });
    expect(mock.state.syncs).toBe(1);
  });

  it('returns null when neither the property nor the settings hold a stage', async () => {
    const mock = createWordMock({ customProperty: null });
    await expect(createWordPort(mock.host).readCareerStage()).resolves.toBeNull();
  });

  it('falls back to the add-in settings when custom properties fail to load', async () => {
    const mock = createWordMock({ propertiesThrow: true, settings: { CareerStage: 'Main pay range' } });
    await expect(createWordPort(mock.host).readCareerStage()).resolves.toEqual({ name: 'Main pay range', storedIn: 'add-in-settings' });
  });

  it('saves to the custom property in one sync', async () => {
    const mock = createWordMock();
    await expect(createWordPort(mock.host).saveCareerStage('UPR 2/3')).resolves.toBe('document-property');
    expect(mock.state.customProperty).toBe('UPR 2/3');
    expect(mock.state.syncs).toBe(1);
    expect(mock.state.settingsSaves).toBe(0);
  });

  it('without WordApi 1.3, keeps the stage in the add-in settings and never touches custom properties', async () => {
    const mock = createWordMock({ wordApi13: false, customProperty: 'ignored' });
    const port = createWordPort(mock.host);
    await expect(port.saveCareerStage('Leading practitioner')).resolves.toBe('add-in-settings');
    expect(mock.state.settings.CareerStage).toBe('Leading practitioner');
    expect(mock.state.settingsSaves).toBe(1);
    await expect(port.readCareerStage()).resolves.toEqual({ name: 'Leading practitioner', storedIn: 'add-in-settings' });
    expect(mock.state.syncs).toBe(0);
  });

  it('reads the body text in one sync', async () => {
    const mock = createWordMock({ body: 'Pay range: UPR 2' });
    await expect(createWordPort(mock.host).readText()).resolves.toBe('Pay range: UPR 2');
    expect(mock.state.syncs).toBe(1);
  });
});
