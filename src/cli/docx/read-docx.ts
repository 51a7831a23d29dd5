/**
 * Reads a .docx file into the checker's document model (src/core/check/model.ts): the body's paragraphs in order
 * (table cells and text boxes included), every content control (w:sdt, block- or run-level, nested ones too) with
 * its tag, title and paragraph range, and the custom document properties (docProps/custom.xml).
 *
 * One pass of a streaming XML parser over word/document.xml, feeding the core's model builder
 * (src/core/check/build-model.ts); no DOM is built. The file is only read.
 */
import { DocumentModelBuilder, ModelLimitError, type ModelLimits } from '../../core/check/build-model';
import type { CheckDocument } from '../../core/check/model';
import { DocxError } from './errors';
import { DEFAULT_LIMITS, extractParts, parseXml, sniff, type PackageLimits } from './package';

const OFFICE_DOCUMENT = /\/officeDocument$/;
const CUSTOM_PROPERTIES = /\/custom-properties$/;

/** Package-relative part name from a relationship target ("word/document.xml", "/word/document.xml"). */
function partName(target: string): string {
  return target.replace(/^\//, '').replace(/^\.\//, '');
}

/**
 * The main document's part name, or a DocxError when `.rels` points it outside the package (an external or absolute
 * URL, or `..`): nothing outside the zip is ever read, and the message says why rather than "no word/document.xml".
 */
function insidePackage(target: string, mode: string | undefined): string {
  const name = partName(target);
  if (mode === 'External' || /^[a-z][a-z0-9+.-]*:/i.test(name) || name.startsWith('/') || name.split(/[\\/]/).includes('..')) {
    throw new DocxError('not-word', `This is not a Word document this tool can read: its _rels/.rels points the main document outside the package ("${target.slice(0, 80)}"), so it was not followed.`);
  }
  return name;
}

function readRelationships(data: Uint8Array | undefined): { document: string; custom: string } {
  const found = { document: 'word/document.xml', custom: 'docProps/custom.xml' };
  if (!data) return found;
  parseXml('_rels/.rels', data, {
    open(name, attributes) {
      if (name !== 'Relationship' || !attributes.Target || !attributes.Type) return;
      if (OFFICE_DOCUMENT.test(attributes.Type)) found.document = insidePackage(attributes.Target, attributes.TargetMode);
      else if (CUSTOM_PROPERTIES.test(attributes.Type)) found.custom = partName(attributes.Target);
    },
    close() {},
    text() {},
  });
  return found;
}

/** Custom document properties, each as text (numbers, booleans and dates as written in the XML). */
export function readCustomProperties(data: Uint8Array): Record<string, string> {
  const properties: Record<string, string> = {};
  let current: string | null = null;
  let depth = 0;
  let value = '';
  parseXml('docProps/custom.xml', data, {
    open(name, attributes) {
      if (name.endsWith('property') && !name.includes(':vt')) {
        current = attributes.name ?? null;
        value = '';
        depth = 0;
      } else if (current !== null) depth += 1;
    },
    close(name) {
      if (current !== null && name.endsWith('property') && depth === 0) {
        properties[current] = value;
        current = null;
      } else if (current !== null) depth -= 1;
    },
    text(text) {
      if (current !== null && depth > 0) value += text;
    },
  });
  return properties;
}

type XmlHandlers = Parameters<typeof parseXml>[2];

const LIMIT_MESSAGES: Record<keyof ModelLimits, string> = {
  maxDepth: 'its content controls nest more than {n} deep',
  maxControls: 'it has more than {n} content controls',
  maxParagraphs: 'it has more than {n} paragraphs',
};

/** The handlers, with the model builder's limit turned into a message for the user naming the part. */
function withinLimits(part: string, handlers: XmlHandlers): XmlHandlers {
  const guard =
    <A extends unknown[]>(f: (...args: A) => void) =>
    (...args: A) => {
      try {
        f(...args);
      } catch (error) {
        if (!(error instanceof ModelLimitError)) throw error;
        const why = LIMIT_MESSAGES[error.limit].replace('{n}', String(error.value));
        throw new DocxError('too-large', `This document is too large to check: ${why} (${part}).`);
      }
    };
  return { open: guard(handlers.open), close: guard(handlers.close), text: guard(handlers.text) };
}

/** A content control between its `w:sdt` and its `w:sdtContent`: what its properties say so far. */
interface PendingControl {
  level: 'block' | 'inline';
  tag: string;
  title: string;
  placeholder: boolean;
  /** True once its content has opened (and the builder has it). */
  opened: boolean;
}

/** The body of word/document.xml as paragraphs and content controls, fed to the core's model builder. */
export function readDocumentXml(data: Uint8Array, part = 'word/document.xml', limits: Partial<ModelLimits> = {}): Pick<CheckDocument, 'paragraphs' | 'blocks'> {
  const model = new DocumentModelBuilder(limits);
  const controls: PendingControl[] = [];
  let tableDepth = 0;
  let runDepth = 0;
  let inText = false;
  let skipDepth = 0; // inside mc:Fallback (a copy of mc:Choice's content) or another part we must not read twice
  let inProperties = 0; // inside w:sdtPr

  const open = (c: PendingControl) => {
    model.openControl({ tag: c.tag, title: c.title, level: c.level, placeholder: c.placeholder });
    c.opened = true;
  };

  parseXml(part, data, withinLimits(part, {
    open(name, attributes) {
      if (skipDepth > 0) {
        skipDepth += 1;
        return;
      }
      switch (name) {
        case 'mc:Fallback':
          skipDepth = 1;
          return;
        case 'w:p':
          model.startParagraph({ inTable: tableDepth > 0 });
          return;
        case 'w:tbl':
          tableDepth += 1;
          return;
        case 'w:r':
          runDepth += 1;
          return;
        case 'w:t':
          inText = runDepth > 0;
          return;
        case 'w:tab':
          if (runDepth > 0 && inProperties === 0) model.appendText('\t');
          return;
        case 'w:br':
        case 'w:cr':
          if (runDepth > 0) model.appendText('\n');
          return;
        case 'w:noBreakHyphen':
          if (runDepth > 0) model.appendText('-');
          return;
        case 'w:sdt':
          controls.push({ level: model.currentParagraph !== null ? 'inline' : 'block', tag: '', title: '', placeholder: false, opened: false });
          return;
        case 'w:sdtPr':
          inProperties += 1;
          return;
        case 'w:sdtContent': {
          const c = controls[controls.length - 1];
          if (c && !c.opened) open(c);
          return;
        }
      }
      const c = controls[controls.length - 1];
      if (inProperties > 0 && c && !c.opened) {
        if (name === 'w:tag') c.tag = attributes['w:val'] ?? '';
        else if (name === 'w:alias') c.title = attributes['w:val'] ?? '';
        else if (name === 'w:showingPlcHdr' && attributes['w:val'] !== '0' && attributes['w:val'] !== 'false') c.placeholder = true;
      }
    },
    close(name) {
      if (skipDepth > 0) {
        skipDepth -= 1;
        return;
      }
      switch (name) {
        case 'w:p':
          model.endParagraph();
          return;
        case 'w:tbl':
          tableDepth -= 1;
          return;
        case 'w:r':
          runDepth -= 1;
          return;
        case 'w:t':
          inText = false;
          return;
        case 'w:sdtPr':
          inProperties -= 1;
          return;
        case 'w:sdt': {
          const c = controls.pop();
          if (!c) return;
          // A control without content is still a control: empty, where it stood.
          if (!c.opened) open(c);
          model.closeControl();
          return;
        }
      }
    },
    text(text) {
      if (inText && skipDepth === 0) model.appendText(text);
    },
  }));
  return model.build();
}

export interface ReadOptions {
  /** Used to tell a .doc from a password-protected .docx. */
  fileName?: string;
  limits?: PackageLimits;
}

/** Reads a .docx file's bytes into the document model. Throws DocxError with a message for the user. */
export function readDocx(bytes: Uint8Array, options: ReadOptions = {}): CheckDocument {
  const limits = options.limits ?? DEFAULT_LIMITS;
  sniff(bytes, options.fileName ?? '');
  const rels = extractParts(bytes, (name) => name === '_rels/.rels', limits);
  const names = readRelationships(rels.get('_rels/.rels'));
  const parts = extractParts(bytes, (name) => name === names.document || name === names.custom, limits);
  const document = parts.get(names.document);
  if (!document) throw new DocxError('not-word', 'This zip file is not a Word document: it has no word/document.xml.');
  const body = readDocumentXml(document, names.document);
  const custom = parts.get(names.custom);
  return { ...body, properties: custom ? readCustomProperties(custom) : {} };
}
