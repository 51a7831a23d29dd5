/**
 * The one fake document port for the component tests: a small in-memory document behind every method of
 * DocumentPort, recording each call. It behaves as the adapters do where the pane can tell: inserted blocks are tagged
 * (unless inserted as plain text) and read back by `readBlockTags` and `readDocumentModel`, an objective's insertion
 * reports the tags before it, Restore rewrites the block's text in the model read next, and a saved career stage is
 * read back. Anything else a test needs (a slow read, a failing check) it overrides on the returned port.
 */
import type { CheckDocument } from '../../src/core/check/model';
import type { ComposedBlock } from '../../src/core/compose/block';
import type { CareerStageStore, DocumentBlock, DocumentList, DocumentPort, InsertOptions } from '../../src/document/port';

export interface FakePortOptions {
  /** The career stage saved in the document, or none (the default). */
  saved?: string | null;
  /** Where the saved stage is kept; `document-property` by default. */
  storedIn?: CareerStageStore;
  /** The document's body text (for detecting the career stage); by default its paragraphs' text. */
  text?: string;
  /** Tags of the tagged blocks already in the document, in order (they number a new objective). */
  tags?: readonly string[];
  /** The document as the checker reads it; by default one paragraph per line of `text`, no blocks. */
  model?: CheckDocument;
  /** Every insertion fails with this error (as an adapter's DocumentError would). */
  insertError?: Error;
}

export interface FakePortCalls {
  insertBlocks: { blocks: readonly DocumentBlock[]; options: InsertOptions }[];
  insertComposedBlock: { block: ComposedBlock; options: InsertOptions }[];
  insertDescriptorList: { list: DocumentList; options: InsertOptions }[];
  saves: string[];
  /** How many times the document model was read. */
  reads: number;
  selectBlock: number[];
  selectParagraph: number[];
  replaceBlockText: [number, string][];
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function createFakePort(options: FakePortOptions = {}) {
  const calls: FakePortCalls = { insertBlocks: [], insertComposedBlock: [], insertDescriptorList: [], saves: [], reads: 0, selectBlock: [], selectParagraph: [], replaceBlockText: [] };
  let saved: { name: string; storedIn: CareerStageStore } | null = options.saved ? { name: options.saved, storedIn: options.storedIn ?? 'document-property' } : null;
  let tags = [...(options.tags ?? [])];
  const model: CheckDocument = options.model
    ? copy(options.model)
    : { paragraphs: (options.text ?? '').split('\n').map((text) => ({ text, blocks: [] })), blocks: [], properties: {} };
  if (!options.model && saved) model.properties.CareerStage = saved.name;

  const port: DocumentPort = {
    documentLabel: 'the test document',
    async insertBlocks(blocks, o) {
      if (options.insertError) throw options.insertError;
      calls.insertBlocks.push({ blocks, options: o });
      if (!o.asPlainText) tags = [...tags, ...blocks.map((b) => b.tag).filter((t) => t !== '')];
      return { inserted: blocks.length, asPlainText: o.asPlainText };
    },
    async insertDescriptorList(list, o) {
      if (options.insertError) throw options.insertError;
      calls.insertDescriptorList.push({ list, options: o });
      if (!o.asPlainText) tags = [...tags, ...list.items.map((b) => b.tag)];
      return { inserted: list.items.length, asPlainText: o.asPlainText };
    },
    async insertComposedBlock(block, o) {
      if (options.insertError) throw options.insertError;
      calls.insertComposedBlock.push({ block, options: o });
      const tagsBefore = block.kind === 'tso' ? [...tags] : null;
      if (!o.asPlainText) tags = [...tags, block.tag];
      return { inserted: 1, asPlainText: o.asPlainText, tagsBefore };
    },
    readBlockTags: async () => [...tags],
    readCareerStage: async () => (saved ? { ...saved } : null),
    async saveCareerStage(name) {
      calls.saves.push(name);
      saved = { name, storedIn: 'document-property' };
      model.properties.CareerStage = name;
      return 'document-property';
    },
    readText: async () => options.text ?? model.paragraphs.map((p) => p.text).join('\n'),
    async readDocumentModel() {
      calls.reads += 1;
      return copy(model);
    },
    selectBlock: async (index) => void calls.selectBlock.push(index),
    selectParagraph: async (index) => void calls.selectParagraph.push(index),
    async replaceBlockText(index, text) {
      calls.replaceBlockText.push([index, text]);
      const block = model.blocks[index];
      if (!block) return;
      // The block keeps its place; its words change in the paragraphs it sits in.
      for (let p = block.paragraphs.start; p < block.paragraphs.end; p += 1) {
        const paragraph = model.paragraphs[p];
        if (paragraph) paragraph.text = paragraph.text.replace(block.text, text);
      }
      block.text = text;
    },
  };

  return {
    port,
    calls,
    /** Someone else adds a tagged block to the document behind the pane's back. */
    addTag: (tag: string) => void (tags = [...tags, tag]),
  };
}
