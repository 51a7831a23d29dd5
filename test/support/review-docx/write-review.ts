/**
 * Writes review documents (.docx) for tests and the benchmark, on top of a real Word-made document: the base's
 * styles, settings, theme and section properties are kept, and only the body of word/document.xml and the custom
 * properties are replaced, using Word's own markup (w:sdt with w:alias, w:tag and w:id; rsid attributes; runs split
 * as Word splits them; docProps/custom.xml registered in [Content_Types].xml and _rels/.rels).
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** One piece of a review's body. */
export type ReviewItem =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  /** A content control around whole paragraphs (one per line of `text`). */
  | { type: 'control'; tag: string; title: string; text: string }
  /** A paragraph with a run-level content control in it: `before`, the control, `after`. */
  | { type: 'inline-control'; before: string; tag: string; title: string; text: string; after: string }
  /**
   * A bulleted list item (list `numId` of the base's numbering part, level 0, in the List Paragraph style) holding one
   * run-level content control around its whole text, as "Insert all" writes each descriptor.
   */
  | { type: 'list-item'; numId: number; tag: string; title: string; text: string }
  /** A content control (e.g. a section) around other items. */
  | { type: 'group'; tag: string; title: string; items: ReviewItem[] }
  /** A table; each cell holds items (paragraphs or controls). */
  | { type: 'table'; rows: ReviewItem[][][] };

export interface ReviewSpec {
  items: ReviewItem[];
  /** Custom document properties (e.g. CareerStage), written as text. */
  properties: Record<string, string>;
}

const RSID = '00A1B2C3';

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

/** Runs as Word writes them: text split where formatting or proofing marks would split it; tabs as w:tab. */
function runs(text: string, bold = false): string {
  const rPr = bold ? '<w:rPr><w:b/></w:rPr>' : '';
  const pieces: string[] = [];
  // Word often splits a run at a comma (proofing, revision ids); do the same so readers must join runs.
  const comma = text.indexOf(', ');
  const parts = comma > 0 ? [text.slice(0, comma + 2), text.slice(comma + 2)] : [text];
  for (const part of parts) {
    const segments = part.split('\t');
    const inner = segments.map((s, i) => `${i > 0 ? '<w:tab/>' : ''}${s ? `<w:t xml:space="preserve">${escapeXml(s)}</w:t>` : ''}`).join('');
    pieces.push(`<w:r w:rsidRPr="${RSID}">${rPr}${inner}</w:r>`);
  }
  return pieces.join('');
}

function paragraph(text: string, style: 'normal' | 'heading' = 'normal'): string {
  if (style === 'heading') {
    return `<w:p w:rsidR="${RSID}" w:rsidRDefault="${RSID}"><w:pPr><w:spacing w:before="240"/><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
  }
  // A label such as "Objective 1:" is bold, as the pane writes it.
  const label = /^([A-Z][A-Za-z ]{2,30}:)\s/.exec(text);
  const body = label ? `${runs(label[1] as string, true)}${runs(text.slice((label[1] as string).length))}` : runs(text);
  return `<w:p w:rsidR="${RSID}" w:rsidRDefault="${RSID}">${body}</w:p>`;
}

class Ids {
  private next = 1_200_000_000;
  take(): number {
    this.next += 7919;
    return this.next;
  }
}

function sdtPr(tag: string, title: string, ids: Ids): string {
  return `<w:sdtPr><w:alias w:val="${escapeXml(title)}"/><w:tag w:val="${escapeXml(tag)}"/><w:id w:val="${ids.take()}"/></w:sdtPr><w:sdtEndPr/>`;
}

function item(i: ReviewItem, ids: Ids): string {
  switch (i.type) {
    case 'heading':
      return paragraph(i.text, 'heading');
    case 'paragraph':
      return paragraph(i.text);
    case 'control':
      return `<w:sdt>${sdtPr(i.tag, i.title, ids)}<w:sdtContent>${i.text.split('\n').map((line) => paragraph(line)).join('')}</w:sdtContent></w:sdt>`;
    case 'inline-control':
      return `<w:p w:rsidR="${RSID}" w:rsidRDefault="${RSID}">${runs(i.before)}<w:sdt>${sdtPr(i.tag, i.title, ids)}<w:sdtContent>${runs(i.text)}</w:sdtContent></w:sdt>${i.after ? runs(i.after) : ''}</w:p>`;
    case 'list-item':
      return `<w:p w:rsidR="${RSID}" w:rsidRDefault="${RSID}"><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${i.numId}"/></w:numPr></w:pPr><w:sdt>${sdtPr(i.tag, i.title, ids)}<w:sdtContent>${runs(i.text)}</w:sdtContent></w:sdt></w:p>`;
    case 'group':
      return `<w:sdt>${sdtPr(i.tag, i.title, ids)}<w:sdtContent>${i.items.map((x) => item(x, ids)).join('')}</w:sdtContent></w:sdt>`;
    case 'table': {
      const columns = Math.max(...i.rows.map((r) => r.length));
      const width = Math.floor(8856 / columns);
      const grid = Array.from({ length: columns }, () => `<w:gridCol w:w="${width}"/>`).join('');
      const rows = i.rows
        .map((row) => {
          const cells = row
            .map((cell) => {
              const content = cell.map((x) => item(x, ids)).join('') || `<w:p w:rsidR="${RSID}" w:rsidRDefault="${RSID}"/>`;
              return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
            })
            .join('');
          return `<w:tr w:rsidR="${RSID}" w:rsidTr="${RSID}">${cells}</w:tr>`;
        })
        .join('');
      return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
    }
  }
}

function customXml(properties: Record<string, string>): string {
  const props = Object.entries(properties)
    .map(([name, value], k) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${k + 2}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${props}</Properties>`;
}

/** The base document's parts, unzipped once and reused for every document written from it. */
export interface ReviewBase {
  parts: Record<string, Uint8Array>;
  /** document.xml up to and including `<w:body>`. */
  head: string;
  /** The body's final w:sectPr and the closing tags. */
  tail: string;
}

export function loadBase(docx: Uint8Array): ReviewBase {
  const parts = unzipSync(docx);
  const xml = strFromU8(parts['word/document.xml'] as Uint8Array);
  const bodyStart = xml.indexOf('<w:body>') + '<w:body>'.length;
  const sect = xml.lastIndexOf('<w:sectPr');
  if (bodyStart < '<w:body>'.length || sect < 0) throw new Error('The base document has no body or section properties.');
  return { parts, head: xml.slice(0, bodyStart), tail: xml.slice(sect) };
}

/** A new .docx: the base with this review as its body and these custom properties. */
export function writeReviewDocx(base: ReviewBase, spec: ReviewSpec): Uint8Array {
  const ids = new Ids();
  const body = spec.items.map((i) => item(i, ids)).join('');
  const files: Zippable = {};
  for (const [name, data] of Object.entries(base.parts)) files[name] = data;
  files['word/document.xml'] = strToU8(`${base.head}${body}${base.tail}`);
  if (Object.keys(spec.properties).length > 0) {
    files['docProps/custom.xml'] = strToU8(customXml(spec.properties));
    let types = strFromU8(base.parts['[Content_Types].xml'] as Uint8Array);
    if (!types.includes('/docProps/custom.xml')) {
      types = types.replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>');
    }
    files['[Content_Types].xml'] = strToU8(types);
    let rels = strFromU8(base.parts['_rels/.rels'] as Uint8Array);
    if (!rels.includes('docProps/custom.xml')) {
      rels = rels.replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>');
    }
    files['_rels/.rels'] = strToU8(rels);
  }
  // A fixed date keeps the output byte-for-byte reproducible.
  return zipSync(files, { level: 6, mtime: new Date('2025-01-01T00:00:00Z') });
}
