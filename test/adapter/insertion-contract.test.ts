import { createWordPort } from '../../src/document/word/word-port';
import { createWordFake } from '../support/word-fake';
import { expected, expectedListItems, insertionScenarios, runScenario, wordDocument } from '../support/insertion-scenarios';

// The same scenarios run through the preview adapter in the browser (test/e2e/insertion-contract.mjs): the document
// text, the tags and where the caret was left (shown by the marker) must be the same.
describe('insertion contract: the Word adapter on the Word fake', () => {
  it.each(insertionScenarios.scenarios.map((s) => [s.name, s] as const))('%s', async (_, scenario) => {
    const fake = createWordFake({ ...wordDocument(scenario), caret: scenario.caret });
    const port = createWordPort(fake.host);
    await expect(runScenario(port, scenario)).resolves.toEqual(expected(scenario));
    // Blocks never take a heading's style or a list's numbering.
    for (const p of fake.paragraphs()) if (p.blockTags.length > 0) expect({ style: p.style, list: p.list }).toEqual({ style: 'Normal', list: false });
    // An "Insert all" list is a bulleted list of its descriptors, and nothing else is.
    const items = expectedListItems(scenario);
    if (items) expect(fake.paragraphs().filter((p) => p.bullet !== null).map((p) => p.text)).toEqual(items);
  });
});
