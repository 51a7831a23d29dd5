import { bundledFramework } from '../../src/core/framework/bundled';
import { descriptorInsertion } from '../../src/core/compose/reference';
import { draftObjective, composeObjectiveBlock } from '../../src/core/compose/objective';
import { createWordPort } from '../../src/document/word/word-port';
import { createWordFake } from '../support/word-fake';

const framework = bundledFramework();
const d1 = descriptorInsertion(framework, 'TS2.1/MPR/1');
const options = { mode: 'after-selection', asPlainText: false, edition: 'hampshire@1.0' } as const;

describe('Word adapter: each insertion records the edition (StandardsEdition) in the property, in the same batch, and in the add-in settings', () => {
  it('sets the custom property along with a descriptor, with no extra sync, and saves it in the settings too', async () => {
    const mock = createWordFake();
    await createWordPort(mock.host).insertBlocks([d1], options);
    expect(mock.properties.get('StandardsEdition')).toBe('hampshire@1.0');
    expect(mock.savedSettings.get('StandardsEdition')).toBe('hampshire@1.0');
    expect(mock.controls()).toEqual([{ tag: 'tsd:TS2.1/MPR/1', title: d1.title }]);
    expect(mock.state.syncs).toBe(2); // one to read the caret's place, one to write
  });

  it('sets it along with an objective, still one sync', async () => {
    const mock = createWordFake();
    const draft = draftObjective(framework, { careerStageName: 'Main pay range', subStandard: '2.1', descriptorIds: ['TS2.1/MPR/1'], number: 1 });
    const port = createWordPort(mock.host);
    await port.insertComposedBlock(composeObjectiveBlock(framework, draft), options);
    expect(mock.properties.get('StandardsEdition')).toBe('hampshire@1.0');
    expect(mock.savedSettings.get('StandardsEdition')).toBe('hampshire@1.0');
    expect(mock.state.syncs).toBe(2);
  });

  it('keeps the inserted text and uses the add-in settings when the property fails', async () => {
    const mock = createWordFake({ customPropertiesFail: true });
    const outcome = await createWordPort(mock.host).insertBlocks([d1], options);
    expect(outcome).toEqual({ inserted: 1, asPlainText: false });
    expect(mock.controls()).toEqual([{ tag: 'tsd:TS2.1/MPR/1', title: d1.title }]);
    expect(mock.savedSettings.get('StandardsEdition')).toBe('hampshire@1.0');
    expect(mock.state.syncs).toBe(2);
  });

  it('uses the add-in settings on Word 2016 (WordApi 1.1, no custom properties), with no extra sync', async () => {
    const mock = createWordFake({ wordApi13: false });
    await createWordPort(mock.host).insertBlocks([d1], options);
    expect(mock.properties.size).toBe(0);
    expect(mock.savedSettings.get('StandardsEdition')).toBe('hampshire@1.0');
    expect(mock.state.syncs).toBe(3); // WordApi 1.1 reads the caret's place in two
  });

  it('writes nothing when no edition is given', async () => {
    const mock = createWordFake();
    await createWordPort(mock.host).insertBlocks([d1], { mode: 'after-selection', asPlainText: false });
    expect(mock.properties.size).toBe(0);
    expect(mock.settings.size).toBe(0);
  });
});
