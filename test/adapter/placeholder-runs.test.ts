/** @jest-environment jsdom */
/**
 * SMART placeholders: a composed objective's empty fields go into the document as placeholder runs, italic and grey
 * with their bracketed prompt, identically through the Word adapter (on the one Word fake) and the preview adapter.
 */
import { bundledFramework } from '../../src/core/framework/bundled';
import { blockPlainText } from '../../src/core/compose/block';
import { composeObjective } from '../../src/core/compose/objective';
import { PLACEHOLDER_STYLE } from '../../src/document/placeholder-style';
import { createPreviewPort } from '../../src/document/preview/preview-port';
import { PLACEHOLDER_CLASS } from '../../src/document/preview/preview-blocks';
import { createWordPort } from '../../src/document/word/word-port';
import { createWordFake } from '../support/word-fake';
import { selectInDocument } from '../support/dom-selection';

const framework = bundledFramework();
const after = { mode: 'after-selection', asPlainText: false } as const;
// Success criteria filled in; timescale, support and evidence left as placeholders.
const { block, missing } = composeObjective(framework, {
  careerStageName: 'Main pay range',
  descriptorIds: ['TS2.1/MPR/1', 'TS6.3/MPR/1'],
  number: 1,
  values: { successCriteria: 'Pupil progress meetings each term' },
});
const placeholderTexts = block.paragraphs.flatMap((p) => p.runs.filter((r) => r.placeholder).map((r) => r.text));

describe('placeholder runs in the document', () => {
  it('the composed objective has a placeholder run for each missing SMART part', () => {
    expect(missing).toEqual(['timescale', 'support', 'evidence']);
    expect(placeholderTexts).toHaveLength(3);
    for (const text of placeholderTexts) expect(text).toMatch(/^\[.+\]$/);
  });

  it('Word: placeholder runs are italic and grey, every other run is not italic and keeps its colour, in two syncs (read, then write)', async () => {
    const mock = createWordFake({});
    await createWordPort(mock.host).insertComposedBlock(block, after);
    expect(mock.state.syncs).toBe(2); // one read of where the caret is, one write (src/document/word/insertion.ts)
    const runs = mock.paragraphs().flatMap((p) => p.runs);
    const grey = runs.filter((r) => r.italic === true);
    expect(grey.map((r) => r.text)).toEqual(placeholderTexts);
    for (const r of grey) expect(r).toEqual({ text: r.text, bold: false, italic: true, color: PLACEHOLDER_STYLE.color });
    expect(runs.filter((r) => r.color !== undefined)).toEqual(grey);
    expect(mock.paragraphs().filter((p) => p.blockTags.includes(block.tag)).map((p) => p.text).join('\n')).toBe(blockPlainText(block));
  });

  it('preview: the same runs are italic grey spans with the same text', async () => {
    document.body.innerHTML = '<div id="doc" contenteditable="true"><p>Objectives</p></div>';
    const root = document.getElementById('doc') as HTMLElement;
    selectInDocument(root.querySelector('p')!.firstChild!, 3);
    const store = new Map<string, string>();
    const port = createPreviewPort({ root, documentKey: 'sample', store: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) } });
    await port.insertComposedBlock(block, after);
    const spans = [...root.querySelectorAll<HTMLElement>(`span.${PLACEHOLDER_CLASS}`)];
    expect(spans.map((s) => s.textContent)).toEqual(placeholderTexts);
    for (const s of spans) {
      expect(s.style.fontStyle).toBe('italic');
      expect(s.style.color).toBe('rgb(89, 89, 89)'); // #595959
    }
    const div = root.querySelector('div.tagged-block') as HTMLElement;
    expect([...div.querySelectorAll('p')].map((p) => p.textContent).join('\n')).toBe(blockPlainText(block));
  });
});
