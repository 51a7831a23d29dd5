import type { CheckDocument } from '../../src/core/check/model';

/** A paragraph's text, or a tagged block-level content control whose text's lines are its paragraphs. */
export type ModelItem = string | { tag: string; title?: string; text: string };

/** The checker's document model for a review written item by item, as the readers would give it. */
export function documentModel(items: readonly ModelItem[], properties: Record<string, string>): CheckDocument {
  const doc: CheckDocument = { paragraphs: [], blocks: [], properties };
  for (const item of items) {
    if (typeof item === 'string') {
      doc.paragraphs.push({ text: item, blocks: [] });
      continue;
    }
    const index = doc.blocks.length;
    const start = doc.paragraphs.length;
    for (const line of item.text.split('\n')) doc.paragraphs.push({ text: line, blocks: [index] });
    doc.blocks.push({ tag: item.tag, title: item.title ?? '', text: item.text, level: 'block', paragraphs: { start, end: doc.paragraphs.length }, parent: null });
  }
  return doc;
}
