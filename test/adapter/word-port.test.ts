import { createWordPort } from '../../src/document/word/word-port';
import { createWordFake } from '../support/word-fake';

// Inserting descriptors and formatted blocks: insert-blocks.test.ts and insert-composed-block.test.ts.

describe('Word adapter: career stage and text', () => {
  it('reads the CareerStage custom property in one sync (WordApi 1.3)', async () => {
    const mock = createWordFake({ properties: { CareerStage: 'UPR 1' } });
    await expect(createWordPort(mock.host).readCareerStage()).resolves.toEqual({ name: 'UPR 1', storedIn: 'document-property' });
    expect(mock.state.syncs).toBe(1);
  });

  it('returns null when neither the property nor the settings hold a stage', async () => {
    const mock = createWordFake();
    await expect(createWordPort(mock.host).readCareerStage()).resolves.toBeNull();
  });

  it('falls back to the add-in settings when custom properties fail to load', async () => {
    const mock = createWordFake({ customPropertiesFail: true, settings: { CareerStage: 'Main pay range' } });
    await expect(createWordPort(mock.host).readCareerStage()).resolves.toEqual({ name: 'Main pay range', storedIn: 'add-in-settings' });
  });

  it('saves to the custom property (one sync) and to the add-in settings (saveAsync): both stores', async () => {
    const mock = createWordFake();
    await expect(createWordPort(mock.host).saveCareerStage('UPR 2/3')).resolves.toBe('document-property');
    expect(mock.properties.get('CareerStage')).toBe('UPR 2/3');
    expect(mock.savedSettings.get('CareerStage')).toBe('UPR 2/3');
    expect(mock.state.syncs).toBe(1);
    expect(mock.state.settingsSaves).toBe(1);
  });

  it('on Word on the web, where a property can be written and read back empty (office-js #328, #6206), the stage comes back from the settings', async () => {
    const mock = createWordFake({ customPropertiesReadEmpty: true });
    const port = createWordPort(mock.host);
    await port.saveCareerStage('Main pay range');
    await expect(port.readCareerStage()).resolves.toEqual({ name: 'Main pay range', storedIn: 'add-in-settings' });
  });

  it('when the property cannot be written, the settings still keep the stage', async () => {
    const mock = createWordFake({ customPropertiesFail: true });
    await expect(createWordPort(mock.host).saveCareerStage('ECT year 1')).resolves.toBe('add-in-settings');
    expect(mock.savedSettings.get('CareerStage')).toBe('ECT year 1');
  });

  it('says so when neither store can keep the stage', async () => {
    const mock = createWordFake({ customPropertiesFail: true, settingsSaveFails: true });
    await expect(createWordPort(mock.host).saveCareerStage('ECT year 1')).rejects.toThrow('Word could not save the career stage');
  });

  it('without WordApi 1.3, keeps the stage in the add-in settings and never touches custom properties', async () => {
    const mock = createWordFake({ wordApi13: false, properties: { CareerStage: 'ignored' } });
    const port = createWordPort(mock.host);
    await expect(port.saveCareerStage('Leading practitioner')).resolves.toBe('add-in-settings');
    expect(mock.settings.get('CareerStage')).toBe('Leading practitioner');
    expect(mock.state.settingsSaves).toBe(1);
    await expect(port.readCareerStage()).resolves.toEqual({ name: 'Leading practitioner', storedIn: 'add-in-settings' });
    expect(mock.state.syncs).toBe(0);
  });

  it('reads the body text in one sync', async () => {
    const mock = createWordFake({ paragraphs: [{ text: 'Pay range: UPR 2' }] });
    await expect(createWordPort(mock.host).readText()).resolves.toBe('Pay range: UPR 2');
    expect(mock.state.syncs).toBe(1);
  });
});
