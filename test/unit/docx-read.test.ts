import * as fs from 'fs';
import * as path from 'path';
import { strToU8, zipSync } from 'fflate';
import { checkDocument } from '../../src/core/check/checker';
import { isProjectTag } from '../../src/core/tags';
import { DocxError } from '../../src/cli/docx/errors';
import { readDocx } from '../../src/cli/docx/read-docx';
import { bundledFramework } from '../../src/core/framework/bundled';
import { descriptorInsertion } from '../../src/core/compose/reference';

const framework = bundledFramework();
const fixtures = path.join(__dirname, '..', 'fixtures', 'docx');
const real = fs.readdirSync(path.join(fixtures, 'real')).filter((f) => f.endsWith('.docx'));
const reviews = JSON.parse(fs.readFileSync(path.join(fixtures, 'reviews', 'expected.json'), 'utf8')) as Record<string, string[]>;
const read = (dir: string, file: string) => readDocx(fs.readFileSync(path.join(fixtures, dir, file)), { fileName: file });

function problem(bytes: Uint8Array, fileName = 'x.docx', limits?: { maxUncompressedBytes: number; maxPartBytes: number }): DocxError {
  try {
    readDocx(bytes, { fileName, ...(limits ? { limits } : {}) });
  } catch (error) {
    if (error instanceof DocxError) return error;
    throw error;
  }
  throw new Error('expected a DocxError');
}

describe('readDocx on real Word documents', () => {
  it('has all fourteen of them', () => expect(real).toHaveLength(14));

  it.each(real)('reads %s and finds nothing from this project’s tags', (file) => {
    const doc = read('real', file);
    expect(doc.paragraphs.length).toBeGreaterThan(0);
    expect(doc.blocks.some((b) => isProjectTag(b.tag))).toBe(false);
    // Not reviews: one not-a-review note each (check-stage-conflict.test.ts), nothing else.
    expect(checkDocument(framework, doc).findings.map((f) => f.kind)).toEqual(['not-a-review']);
  });

  it('reads content controls: tag, title, text, paragraph range and placeholders', () => {
    const doc = read('real', 'content_controls.docx');
    const plain = doc.blocks.find((b) => b.tag === 'cc.plain_text');
    expect(plain).toMatchObject({ title: 'cc.plain_text', text: 'Content Control Plain Text', level: 'block', paragraphs: { start: 1, end: 2 }, parent: null });
    expect(doc.paragraphs[1]?.blocks).toEqual([doc.blocks.indexOf(plain as never)]);
    expect(doc.blocks.find((b) => b.tag === 'cc.plain_text_empty')?.placeholder).toBe(true);
  });

  it('reads custom properties of every type as text', () => {
    expect(read('real', 'docproperties.docx').properties).toEqual({
      'Text Property': 'Foo Bar',
      'Number Property': '123',
      'Boolean Property': 'true',
      'Date Property': '2019-06-11T10:00:00Z',
      'Float Property': '1.1',
    });
  });

  it('reads paragraphs in table cells and marks them', () => {
    const doc = read('real', 'blk-paras-and-tables.docx');
    expect(doc.paragraphs.some((p) => p.inTable)).toBe(true);
    expect(doc.paragraphs.some((p) => !p.inTable && p.text.startsWith('Lorem ipsum'))).toBe(true);
  });

  it('joins the runs of a paragraph (hyperlinks included)', () => {
    const doc = read('real', 'par-hyperlinks.docx');
    expect(doc.paragraphs.map((p) => p.text)).toContain('Three hyperlinks: the first one here, the second one, and the third.');
  });
});

describe('readDocx on the generated review documents', () => {
  it.each(Object.entries(reviews))('%s gives the findings it was built to contain', (file, expected) => {
    const result = checkDocument(framework, read('reviews', file));
    const kinds = [...new Set(result.findings.filter((f) => f.severity !== 'info').map((f) => f.kind))].sort();
    expect(kinds).toEqual(expected);
  });

  it('reads nested content controls with their parents', () => {
    const doc = read('reviews', 'nested-controls.docx');
    const outer = doc.blocks.findIndex((b) => b.tag === 'school.section.standards');
    const inner = doc.blocks.findIndex((b) => b.tag === 'school.subsection');
    expect(doc.blocks[inner]?.parent).toBe(outer);
    const nested = doc.blocks.filter((b) => b.tag.startsWith('tsd:') && b.parent === inner);
    expect(nested.length).toBeGreaterThan(0);
    const p = doc.paragraphs[nested[0]?.paragraphs.start ?? -1];
    expect(p?.blocks).toEqual([outer, inner, doc.blocks.indexOf(nested[0] as never)]);
  });

  it('reads a run-level content control inside a paragraph', () => {
    const doc = read('reviews', 'clean-review.docx');
    const inline = doc.blocks.find((b) => b.level === 'inline');
    expect(inline?.tag).toMatch(/^tsd:TS8\./);
    // The fixtures are regenerated with the current references (the picker's stage names, the curly apostrophe).
    const d = descriptorInsertion(framework, (inline?.tag ?? '').slice(4));
    expect(inline?.text).toBe(d.text);
    expect(doc.paragraphs[inline?.paragraphs.start ?? -1]?.text).toBe(`Whole-school focus: ${inline?.text}`);
  });

  it('reads a descriptor in a table cell', () => {
    const doc = read('reviews', 'descriptor-in-table.docx');
    const cell = doc.blocks.filter((b) => b.tag.startsWith('tsd:'));
    expect(cell.length).toBeGreaterThan(0);
    expect(cell.every((b) => doc.paragraphs[b.paragraphs.start]?.inTable)).toBe(true);
  });

  it('reads the CareerStage property', () => {
    expect(read('reviews', 'clean-review.docx').properties.CareerStage).toBe('Main pay range');
    expect(read('reviews', 'missing-stage.docx').properties).toEqual({});
  });
});

describe('readDocx on bad input', () => {
  const cfb = new Uint8Array(1024);
  cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

  it('says an empty file is empty', () => expect(problem(new Uint8Array(0)).problem).toBe('empty'));
  it('says a password-protected .docx (an OLE compound file) is password-protected or legacy .doc', () => {
    expect(problem(cfb, 'review.docx').message).toMatch(/password-protected or legacy \.doc/);
  });
  it('says a .doc is a Word 97–2003 file', () => expect(problem(cfb, 'review.doc').problem).toBe('legacy-doc'));
  it('says a text file is not a zip', () => expect(problem(strToU8('hello, world'), 'notes.docx').problem).toBe('not-zip'));
  it('says a cut-off zip is damaged', () => {
    const bytes = fs.readFileSync(path.join(fixtures, 'reviews', 'clean-review.docx'));
    expect(problem(bytes.subarray(0, bytes.length / 2)).problem).toBe('corrupt');
  });
  it('says a zip without word/document.xml is not a Word document', () => {
    expect(problem(zipSync({ 'hello.txt': strToU8('hi') })).problem).toBe('not-word');
  });
  it('says broken XML is damaged', () => {
    expect(problem(zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') })).message).toMatch(/not well-formed XML/);
  });
  it('says where the XML breaks (line and column), though it parses without tracking them', () => {
    const broken = '<w:document>\n<w:body><w:p></w:r></w:p></w:body></w:document>';
    expect(problem(zipSync({ 'word/document.xml': strToU8(broken) })).message).toMatch(/not well-formed XML \(2:\d+: unexpected close tag\.\)/);
  });
  it('refuses a zip bomb before decompressing it', () => {
    // A part that expands to more than a lower limit than the default 64 MB: the same check, without deflating 65 MB
    // for every run of the suite (that took more than a second).
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(3 * 1024 * 1024) }, { level: 1 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const error = problem(bomb, 'x.docx', { maxUncompressedBytes: 512 * 1024 * 1024, maxPartBytes: 2 * 1024 * 1024 });
    expect(error.problem).toBe('too-large');
    expect(error.message).toMatch(/word\/document\.xml would expand to 3 MB, more than the 2 MB allowed/);
    // Within the default limits (64 MB a part, 512 MB in all) the same part is opened, and refused only as not XML.
    expect(problem(bomb).problem).not.toBe('too-large');
    expect(problem(zipSync({ 'a.bin': new Uint8Array(2048) }), 'x.docx', { maxUncompressedBytes: 1024, maxPartBytes: 1024 }).message).toMatch(/zip bomb/);
  });
});
