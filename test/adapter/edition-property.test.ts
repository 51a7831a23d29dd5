import { bundledFramework } from '../../src/core/framework/bundled';
import { descriptorInsertion } from '../../src/core/compose/reference';
import { draftObjective, composeObjectiveBlock } from '../../src/core/compose/objective';
import { createWordPort } from '../../src/document/word/word-port';
import { createWordFake, wordError } from '../support/word-fake';

const framework = bundledFramework();
const d1 = descriptorInsertion(framework, 'TS2.1/MPR/1');
const options = { mode: 'after-selection', asPlainText: false, edition: 'hampshire@1.0' } as const;

describe('Word adapter: each insertion records the edition (StandardsEdition) in the same sync', () => {
  it('sets the custom property along with a descriptor, still one sync', async () => {
    const mock = createWordFake();
    await createWordPort(mock.host).insertBlocks([d1], options);
    expect(mock.properties.get('StandardsEdition')).toBe('hampshire@1.0');
    expect(mock.settings.has('StandardsEdition')).toBe(false);
    expect(mock.controls()).toEqual([{ tag: 'tsd:TS2.1/MPR/1', title: 'TS 2.1 · Main pay range' }]);
    expect(mock.state.syncs).toBe(1);
  });

  it('sets it along with an objective, still one sync', async () => {
    const mock = createWordFake();
    const draft = draftObjective(framework, { careerStageName: 'Main pay range', subStandard: '2.1', descriptorIds: ['TS2.1/MPR/1'], number: 1 });
    const port = createWordPort(mock.host);
    await port.insertComposedBlock(composeObjectiveBlock(framework, draft), options);
    expect(mock.properties.get('StandardsEdition')).toBe('hampshire@1.0');
    expect(mock.state.syncs).toBe(1);
  });

  it('keeps the inserted text and uses the add-in settings when the property fails', async () => {
    const mock = createWordFake({ customPropertiesFail: true });
    const outcome = await createWordPort(mock.host).insertBlocks([d1], options);
    expect(outcome).toEqual({ inserted: 1, asPlainText: false });
    expect(mock.controls()).toEqual([{ tag: 'tsd:TS2.1/MPR/1', title: 'TS 2.1 · Main pay range' }]);
    expect(mock.settings.get('StandardsEdition')).toBe('hampshire@1.0');
    expect(mock.state.syncs).toBe(1);
  });

  it('a failure at the property is never taken for a content-control refusal: controls stay on for the next insertion', async () => {
    const mock = createWordFake({ failCommand: (name) => (name === 'CustomPropertyCollection.add' ? wordError('NotImplemented', name) : undefined) });
    const port = createWordPort(mock.host);
    await expect(port.insertBlocks([d1], options)).resolves.toEqual({ inserted: 1, asPlainText: false });
    await expect(port.insertBlocks([d1], options)).resolves.toEqual({ inserted: 1, asPlainText: false });
    expect(mock.controls()).toHaveLength(2);
    expect(mock.settings.get('StandardsEdition')).toBe('hampshire@1.0');
    expect(mock.state.syncs).toBe(2);
  });

  it('uses the add-in settings on Word 2016 (WordApi 1.1, no custom properties), with no extra sync', async () => {
    const mock = createWordFake({ wordApi13: false });
    await createWordPort(mock.host).insertBlocks([d1], options);
    expect(mock.properties.size).toBe(0);
    expect(mock.settings.get('StandardsEdition')).toBe('hampshire@1.0');
    expect(mock.state.syncs).toBe(1);
  });

  it('writes nothing when no edition is given', async () => {
    const mock = createWordFake();
    await createWordPort(mock.host).insertBlocks([d1], { mode: 'after-selection', asPlainText: false });
    expect(mock.properties.size).toBe(0);
    expect(mock.settings.size).toBe(0);
  });
});
