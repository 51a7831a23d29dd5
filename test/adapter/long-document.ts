/**
 * A long review for the checking half of the Word adapter (on test/support/word-fake.ts), shared by the adapter tests and the
 * round-trip benchmark (bench/lib/round-trips.ts).
 */
import { descriptorInsertion } from '../../src/core/compose/reference';
import { bundledFramework } from '../../src/core/framework/bundled';
import type { FakeControl } from '../support/word-fake';

const framework = bundledFramework();
const d1 = descriptorInsertion(framework, 'TS2.1/MPR/1');
const d2 = descriptorInsertion(framework, 'TS2.2/MPR/1');

export interface Expected {
  level: 'block' | 'inline';
  start: number;
  end: number;
  parent: number | null;
}

/**
 * A long review: `paragraphs` paragraphs, one block-level objective (two paragraphs, with a descriptor inline in its
 * second) every 30 paragraphs, and inline descriptor controls in other paragraphs until there are `controls` in all.
 * Several controls share the same text, and plain paragraphs repeat the text of earlier ones.
 */
export function longDocument(paragraphCount: number, controlCount: number) {
  const paragraphs: { text: string; inTable?: boolean }[] = [];
  for (let i = 0; i < paragraphCount; i += 1) paragraphs.push({ text: i % 25 === 0 ? '' : `Paragraph ${i % 40}: notes from the review meeting.`, ...(i % 50 === 8 ? { inTable: true } : {}) });
  const controls: FakeControl[] = [];
  const expected: Expected[] = [];
  let id = 100;
  for (let p = 1; p < paragraphCount - 2 && controls.length < controlCount; p += 3) {
    if (p % 30 === 1 && controls.length + 2 <= controlCount) {
      paragraphs[p] = { text: 'Objective 1: Plan sequences of lessons that build on prior knowledge.' };
      paragraphs[p + 1] = { text: `Evidence: ${d1.text}` };
      controls.push({ id: id++, tag: 'tso:TS2.1/MPR/1', title: 'Objective', type: 'RichTextParagraphs', start: p, end: p + 2 });
      expected.push({ level: 'block', start: p, end: p + 2, parent: null });
      controls.push({ id: id++, tag: d1.tag, title: d1.title, type: 'RichTextInline', start: p + 1, end: p + 2, text: d1.text });
      expected.push({ level: 'inline', start: p + 1, end: p + 2, parent: expected.length - 1 });
      continue;
    }
    const d = controls.length % 2 ? d1 : d2;
    paragraphs[p] = { text: `Seen in observations: ${d.text} More to follow.` };
    const legacy = controls.length === 5;
    controls.push({ id: id++, tag: d.tag, title: d.title, type: legacy ? 'RichText' : 'RichTextInline', start: p, end: p + 1, text: d.text });
    expected.push({ level: 'inline', start: p, end: p + 1, parent: null });
  }
  return { paragraphs, controls, expected };
}
