import { CAREER_STAGE_PROPERTY, EDITION_PROPERTY as STANDARDS_EDITION_PROPERTY, type CheckDocument } from '../../core/check/model';
import type { WordHost } from './host';
import { toDocumentError } from './errors';
import { relateControls, type RawControl, type RawParagraph } from './relate-controls';

/** What the last read learnt that Go to and Restore need: Word's id of each block, and how many paragraphs there were. */
export interface ReadState {
  controlIds: number[];
  paragraphCount: number;
}

/**
 * Reads the document for the checker, in the same model as the .docx reader (src/cli/docx/read-docx.ts).
 *
 * Inline or around paragraphs: Word tells them apart by `subtype` (WordApi 1.3: RichTextInline, RichTextParagraphs);
 * `type` says only RichText on current hosts, so `subtype` is read where present, `type` otherwise
 * (docs/word-behaviour.md, point 4). On WordApi 1.1 and 1.2, Word does not list paragraphs in tables (Body.paragraphs).
 *
 * Requirement sets: WordApi 1.1 (body.paragraphs `text`; body.contentControls `id,tag,title,text,type,placeholderText`;
 * ContentControl.paragraphs and placeholderText). Only where present: WordApi 1.3 (Paragraph.tableNestingLevel,
 * custom document properties).
 *
 * Round trips, the same however long the document (never one per paragraph or control):
 * 1. every paragraph's text and every content control's tag, title, text and type;
 * 2. for all content controls at once, the texts of the paragraphs each covers (queued together, then one sync;
 *    skipped when there are none); relate-controls.ts turns these into paragraph indexes;
 * 3. the custom document properties, in a batch of their own, because they have failed to load in Word on the web:
 *    a failure there falls back to the add-in settings and loses nothing else.
 * Only the properties named are loaded, and nothing is tracked (so there is nothing to untrack).
 */
export async function readDocumentModelInWord(host: WordHost, state: ReadState): Promise<CheckDocument> {
  const tables = host.isSetSupported('WordApi', '1.3');
  let read: { paragraphs: RawParagraph[]; controls: RawControl[]; ids: number[] };
  try {
    read = await host.run(async (context) => {
      const body = context.document.body;
      const paragraphs = body.paragraphs;
      paragraphs.load(tables ? 'text,tableNestingLevel' : 'text');
      const controls = body.contentControls;
      controls.load(tables ? 'id,tag,title,text,type,subtype,placeholderText' : 'id,tag,title,text,type,placeholderText');
      await context.sync();

      const covered = controls.items.map((control) => {
        const inside = control.paragraphs;
        inside.load('text');
        return inside;
      });
      if (covered.length > 0) await context.sync();

      return {
        paragraphs: paragraphs.items.map((p) => ({ text: p.text, inTable: tables && p.tableNestingLevel > 0 })),
        controls: controls.items.map((c, i) => ({
          tag: c.tag ?? '',
          title: c.title ?? '',
          text: c.text ?? '',
          type: String((tables ? c.subtype : undefined) ?? c.type ?? ''),
          paragraphs: (covered[i] as Word.ParagraphCollection).items.map((p) => p.text),
          // WordApi 1.1 cannot say whether the placeholder shows; a control whose text is its placeholder text is taken to.
          placeholder: (c.placeholderText ?? '') !== '' && c.text === c.placeholderText,
        })),
        ids: controls.items.map((c) => c.id),
      };
    });
  } catch (error) {
    throw toDocumentError(error, 'read the document');
  }
  const properties = await readPropertiesInWord(host);
  state.controlIds = read.ids;
  state.paragraphCount = read.paragraphs.length;
  return { ...relateControls(read.paragraphs, read.controls), properties };
}

/** Custom document properties as text (WordApi 1.3), one sync; the add-in settings supply the career stage otherwise. */
async function readPropertiesInWord(host: WordHost): Promise<Record<string, string>> {
  const properties: Record<string, string> = {};
  if (host.isSetSupported('WordApi', '1.3')) {
    try {
      const found = await host.run(async (context) => {
        const custom = context.document.properties.customProperties;
        custom.load('key,value');
        await context.sync();
        return custom.items.map((p) => [p.key, p.value instanceof Date ? p.value.toISOString() : String(p.value ?? '')] as const);
      });
      for (const [key, value] of found) properties[key] = value;
    } catch {
      // Seen in Word on the web: the properties fail to load. The settings below still give the career stage.
    }
  }
  // Where a property could not be kept (WordApi 1.1, or properties failing), the add-in settings hold it instead.
  for (const name of [CAREER_STAGE_PROPERTY, STANDARDS_EDITION_PROPERTY]) {
    const saved = host.settings?.get(name);
    if (!properties[name] && typeof saved === 'string' && saved.trim() !== '') properties[name] = saved;
  }
  return properties;
}
