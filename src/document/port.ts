/**
 * The document port: the one narrow interface between the task pane and a document.
 *
 * Two adapters implement it: `word/` (Office.js, the only place Office.js is used) and `preview/`
 * (the preview page's contenteditable sample review). The pane never knows which one it has.
 *
 * Every method is required: a port that cannot check or insert formatted blocks is not a port the pane can use, and
 * the tests use one complete fake (test/support/fake-port.ts).
 */
import type { CheckDocument } from '../core/check/model';
import type { ComposedBlock } from '../core/compose/block';

/** One block of text to insert, wrapped in a tagged content control unless inserted as plain text. */
export interface DocumentBlock {
  /** What goes into the document. */
  text: string;
  /**
   * Content-control tag, e.g. `tsd:TS2.1/MPR/2`. At most 64 characters (src/core/tags.ts). Empty for text that goes in
   * without a content control.
   */
  tag: string;
  /** Content-control title shown by Word, e.g. `TS 2.1 · MPR`. At most 64 characters: what Word shows of a title. */
  title: string;
}

/**
 * "Insert all": descriptors as one list (core `descriptorListInsertion`): each item its own paragraph, a bulleted list
 * item holding one descriptor verbatim in its tagged block, then one paragraph with the one reference for them all.
 */
export interface DocumentList {
  items: readonly DocumentBlock[];
  /** The one reference after the list, e.g. "(Teachers’ Standard 2.1, Main pay range)": its own paragraph, untagged. */
  reference: string;
}

/** `after-selection`: a non-empty selection is kept and the blocks go after it. `replace`: the selection is replaced. */
export type InsertMode = 'after-selection' | 'replace';

export interface InsertOptions {
  mode: InsertMode;
  /** Insert plain text, without content controls. */
  asPlainText: boolean;
  /**
   * `id@version` of the framework edition the text comes from (e.g. `hampshire@1.0`). Adapters record it in the
   * document's `StandardsEdition` property in the same round trip, so the checker can later check the document
   * against the edition it was written under.
   */
  edition?: string;
}

export interface InsertOutcome {
  /** How many blocks went in. */
  inserted: number;
  /** True when the blocks went in as plain text (asked for, or content controls are not available here). */
  asPlainText: boolean;
  /**
   * Something the user should know about where or how it went in: that Word refused a content control at this place
   * (said each time), that this copy of Word has none (said once a session), or that the cursor was inside another
   * add-in's content control.
   */
  notice?: string;
}

/** The outcome of a formatted block insertion. */
export interface ComposedInsertOutcome extends InsertOutcome {
  /**
   * For an objective (`tso`): the tags of the tagged blocks in the document just before it went in, read in the same
   * round trip, so the pane can re-check the objective's number. Null when they were not read (a rating rationale).
   */
  tagsBefore: string[] | null;
}

/** Where the career stage is kept. */
export type CareerStageStore = 'document-property' | 'add-in-settings';

export interface StoredCareerStage {
  /** The career stage name, as in framework-data/career-stages.json (not checked here). */
  name: string;
  storedIn: CareerStageStore;
}

export interface DocumentPort {
  /** Which adapter this is; for messages only ("Word", "the sample document"). */
  readonly documentLabel: string;
  /**
   * Inserts the blocks at the cursor, in order, each its own tagged block (or plain text), by the rules in
   * src/core/insertion.ts: a space where they touch text, never inside one of the add-in's own blocks, the caret left
   * just after the last.
   */
  insertBlocks(blocks: readonly DocumentBlock[], options: InsertOptions): Promise<InsertOutcome>;
  /**
   * Inserts an "Insert all" list: a bulleted list, one item per descriptor (its text verbatim in an inline tagged
   * block, or plain), then the reference in a paragraph of its own, in the Normal style outside the list. The list
   * goes where a composed block goes (src/core/insertion.ts: in place of an empty or empty numbered paragraph, before
   * the paragraph whose start holds the cursor, otherwise after the cursor's paragraph, never inside one of the add-in's
   * own blocks), and the cursor is left just after it. `inserted` counts the descriptors.
   */
  insertDescriptorList(list: DocumentList, options: InsertOptions): Promise<InsertOutcome>;
  /** The document's saved career stage, or null when none is saved. Never throws for a missing property. */
  readCareerStage(): Promise<StoredCareerStage | null>;
  /** Saves the career stage name to the document; says where it went. */
  saveCareerStage(name: string): Promise<CareerStageStore>;
  /** The document's body text, for detecting the career stage. */
  readText(): Promise<string>;
  // Checking (the Check tab).
  /**
   * Paragraphs, content controls and custom properties, as the checker reads them (the same model as the .docx
   * reader). A fixed number of round trips however long the document. Block indices refer to this read until the next.
   */
  readDocumentModel(): Promise<CheckDocument>;
  /** Selects block `blockIndex` of the last model read (Go to). The pane keeps the focus. */
  selectBlock(blockIndex: number): Promise<void>;
  /** Selects paragraph `index` of the last model read (Go to). */
  selectParagraph(index: number): Promise<void>;
  /** Replaces the text inside block `blockIndex` of the last model read, keeping the block (its tag and title). */
  replaceBlockText(blockIndex: number, text: string): Promise<void>;
  // Formatted blocks (the Objectives and Rating tabs).
  /**
   * Inserts one objective or rating rationale as a tagged block: one paragraph per block paragraph, bold runs in bold,
   * every run written as text (never HTML), in the Normal style and outside any list. Where it goes follows
   * src/core/insertion.ts: in place of an empty (or empty numbered) paragraph at the cursor, before the paragraph whose
   * start holds the cursor, otherwise after the cursor's paragraph (inside a table cell if the cursor is in one), never
   * inside one of the add-in's own blocks; Replace mode removes the selected text first. The cursor is left just after it.
   */
  insertComposedBlock(block: ComposedBlock, options: InsertOptions): Promise<ComposedInsertOutcome>;
  /** The tags of the document's tagged blocks, in document order (to number a new objective). One round trip. */
  readBlockTags(): Promise<string[]>;
}

/** An error whose message can be shown to the user as it is. Adapters turn API errors into these. */
export class DocumentError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message);
    this.name = 'DocumentError';
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** The names of the custom document properties that record the edition inserted text came from, and the career stage. */
export { EDITION_PROPERTY as STANDARDS_EDITION_PROPERTY } from '../core/check/model';
export { CAREER_STAGE_PROPERTY } from '../core/stage';
