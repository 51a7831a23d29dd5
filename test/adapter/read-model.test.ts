import { bundledFramework } from '../../src/core/framework/bundled';
import { descriptorInsertion } from '../../src/core/compose/reference';
import { checkDocument } from '../../src/core/check';
import { DocumentError } from '../../src/document/port';
import { createWordPort } from '../../src/document/word/word-port';
import { longDocument } from './long-document';
import { createWordFake, wordError, type FakeControl } from '../support/word-fake';

const framework = bundledFramework();
const d1 = descriptorInsertion(framework, 'TS2.1/MPR/1');
const d2 = descriptorInsertion(framework, 'TS2.2/MPR/1');

describe('Word adapter: reading the document for the checker', () => {
  it('reads 300 paragraphs and 60 content controls in exactly 3 syncs, loading only the properties it needs', async () => {
    const { paragraphs, controls, expected } = longDocument(300, 60);
    expect(controls).toHaveLength(60);
    const mock = createWordFake({ paragraphs, controls, properties: { CareerStage: 'Main pay range', Revision: 3 } });
    const model = await createWordPort(mock.host).readDocumentModel();
    expect(mock.state.syncs).toBe(3);
    expect(mock.state.loads.sort()).toEqual(
      ['contentControls:id,tag,title,text,type,subtype,placeholderText', 'customProperties:key,value', 'paragraphs:text,tableNestingLevel', ...Array(60).fill('control.paragraphs:text')].sort(),
    );
    expect(model.paragraphs).toHaveLength(300);
    expect(model.blocks.map((b) => ({ level: b.level, start: b.paragraphs.start, end: b.paragraphs.end, parent: b.parent }))).toEqual(expected);
    expect(model.blocks[0]).toMatchObject({ tag: 'tso:TS2.1/MPR/1', title: 'Objective', text: `${paragraphs[1]!.text}\n${paragraphs[2]!.text}` });
    expect(model.blocks[1]).toMatchObject({ tag: d1.tag, title: d1.title, text: d1.text });
    expect(model.paragraphs[1]!.blocks).toEqual([0]);
    expect(model.paragraphs[2]!.blocks).toEqual([0]);
    expect(model.paragraphs[4]!.blocks).toEqual([]);
    expect(model.paragraphs[8]!.inTable).toBe(true);
    expect(model.paragraphs[9]!.inTable).toBeUndefined();
    expect(model.properties).toEqual({ CareerStage: 'Main pay range', Revision: '3' });
  });

  it('tells a one-paragraph block from an inline one by subtype (WordApi 1.3), as the .docx reader does; type alone says RichText', async () => {
    const mock = createWordFake({
      paragraphs: [{ text: 'Objective 1: one paragraph only' }, { text: `Seen: ${d1.text}` }],
      controls: [
        { tag: 'tso:TS2.1/MPR/1', title: 'Objective 1', type: 'RichText', start: 0, end: 1 },
        { tag: d1.tag, title: d1.title, type: 'RichText', start: 1, end: 2, text: d1.text },
      ],
    });
    const model = await createWordPort(mock.host).readDocumentModel();
    expect(model.blocks.map((b) => [b.tag, b.level])).toEqual([
      ['tso:TS2.1/MPR/1', 'block'],
      [d1.tag, 'inline'],
    ]);
  });

  it('costs the same number of syncs for a short document as for a long one', async () => {
    const short = longDocument(30, 6);
    const mock = createWordFake({ paragraphs: short.paragraphs, controls: short.controls });
    await createWordPort(mock.host).readDocumentModel();
    expect(mock.state.syncs).toBe(3);
  });

  it('skips the second sync when there are no content controls', async () => {
    const mock = createWordFake({ paragraphs: [{ text: 'Career stage: UPR 1' }], controls: [] });
    const model = await createWordPort(mock.host).readDocumentModel();
    expect(model.blocks).toEqual([]);
    expect(mock.state.syncs).toBe(2);
  });

  it('with WordApi 1.1 only: no table levels or custom properties; the career stage comes from the add-in settings', async () => {
    const { paragraphs, controls } = longDocument(60, 10);
    const mock = createWordFake({ paragraphs, controls, wordApi13: false, settings: { CareerStage: 'UPR 1' }, properties: { CareerStage: 'ignored' } });
    const model = await createWordPort(mock.host).readDocumentModel();
    expect(mock.state.syncs).toBe(2);
    expect(mock.state.loads).toContain('paragraphs:text');
    expect(model.paragraphs.some((p) => p.inTable)).toBe(false);
    expect(model.properties).toEqual({ CareerStage: 'UPR 1' });
  });

  it('still reads the document when custom properties fail to load', async () => {
    const { paragraphs, controls } = longDocument(30, 4);
    const mock = createWordFake({ paragraphs, controls, customPropertiesFail: true, settings: { CareerStage: 'Main pay range' } });
    const model = await createWordPort(mock.host).readDocumentModel();
    expect(model.blocks).toHaveLength(4);
    expect(model.properties).toEqual({ CareerStage: 'Main pay range' });
    expect(mock.state.syncs).toBe(3);
  });

  it('turns a Word error into a plain message', async () => {
    const mock = createWordFake({ paragraphs: [{ text: 'x' }], controls: [], failSync: { at: 1, error: wordError('AccessDenied') } });
    const attempt = createWordPort(mock.host).readDocumentModel();
    await expect(attempt).rejects.toBeInstanceOf(DocumentError);
    await expect(attempt).rejects.toThrow('Word could not read the document: the document is read-only or protected here. Nothing was changed.');
  });
});

describe('Word adapter: Go to and Restore official wording', () => {
  it('selects a block by the id Word gave it, in one sync', async () => {
    const { paragraphs, controls } = longDocument(300, 60);
    const mock = createWordFake({ paragraphs, controls });
    const port = createWordPort(mock.host);
    await port.readDocumentModel();
    const before = mock.state.syncs;
    await port.selectBlock(7);
    expect(mock.state.syncs - before).toBe(1);
    expect(mock.state.selected).toBe(`control ${controls[7]!.id} (Select)`);
  });

  it('selects a paragraph in one sync with WordApi 1.3, two with WordApi 1.1', async () => {
    const { paragraphs, controls } = longDocument(300, 60);
    const mock = createWordFake({ paragraphs, controls });
    const port = createWordPort(mock.host);
    await port.readDocumentModel();
    let before = mock.state.syncs;
    await port.selectParagraph(250);
    expect(mock.state.syncs - before).toBe(1);
    expect(mock.state.selected).toBe('paragraph 250 (Select)');

    const old = createWordFake({ paragraphs, controls, wordApi13: false });
    const oldPort = createWordPort(old.host);
    await oldPort.readDocumentModel();
    before = old.state.syncs;
    await oldPort.selectParagraph(250);
    expect(old.state.syncs - before).toBe(2);
    // WordApi 1.1 leaves out paragraphs in tables (Body.paragraphs), so the 250th it lists is body paragraph 254.
    expect(old.state.selected).toBe('paragraph 254 (Select)');
    expect(old.state.loads).toContain('paragraphs:text skip=250 top=1');
  });

  it('restores the official wording inside that content control only, in one sync; the edit is then gone', async () => {
    const paragraphs = [{ text: 'Career stage: Main pay range' }, { text: `Evidence: ${d1.text.replace('monitor', 'check')} and more.` }, { text: d2.text }];
    const edited = d1.text.replace('monitor', 'check');
    expect(edited).not.toBe(d1.text);
    const controls: FakeControl[] = [
      { id: 7, tag: d1.tag, title: d1.title, type: 'RichTextInline', start: 1, end: 2, text: edited },
      { id: 9, tag: d2.tag, title: d2.title, type: 'RichTextInline', start: 2, end: 3, text: d2.text },
    ];
    const mock = createWordFake({ paragraphs, controls });
    const port = createWordPort(mock.host);
    const before = checkDocument(framework, await port.readDocumentModel());
    const finding = before.findings.find((f) => f.kind === 'edited-descriptor');
    expect(finding).toMatchObject({ id: 'TS2.1/MPR/1', location: { block: 0, paragraph: 1 } });
    const syncs = mock.state.syncs;
    await port.replaceBlockText(finding!.location.block!, d1.text);
    expect(mock.state.syncs - syncs).toBe(1);
    expect(mock.controlText(0)).toBe(d1.text);
    expect(mock.controlText(1)).toBe(d2.text);
    const after = checkDocument(framework, await port.readDocumentModel());
    expect(after.findings.filter((f) => f.kind === 'edited-descriptor')).toEqual([]);
  });

  it('says plainly when the block has gone since the check, or the check has not been run', async () => {
    const mock = createWordFake({ paragraphs: [{ text: d1.text }], controls: [{ id: 3, tag: d1.tag, title: d1.title, type: 'RichTextInline', start: 0, end: 1, text: d1.text }] });
    const port = createWordPort(mock.host);
    await expect(port.replaceBlockText(0, 'x')).rejects.toThrow('Run the check again.');
    expect(mock.state.syncs).toBe(0);
    await port.readDocumentModel();
    mock.removeControls();
    await expect(port.selectBlock(0)).rejects.toThrow('Word could not go to that place: That place is no longer in the document as it was when it was checked. Run the check again.');
    await expect(port.replaceBlockText(0, d1.text)).rejects.toBeInstanceOf(DocumentError);
    await expect(port.selectParagraph(5)).rejects.toThrow('Run the check again.');
  });
});

describe('Word adapter and .docx reader agree', () => {
  it('give the same model for the same document', async () => {
    const { readDocumentXml } = await import('../../src/cli/docx/read-docx');
    const run = (t: string) => `<w:r><w:t xml:space="preserve">${t.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r>`;
    const sdt = (tag: string, title: string, content: string) =>
      `<w:sdt><w:sdtPr><w:alias w:val="${title}"/><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
    const xml =
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
      `<w:p>${run('Career stage: Main pay range')}</w:p>` +
      sdt('tso:TS2.1/MPR/1', 'Objective', `<w:p>${run('Objective 1: plan well.')}</w:p><w:p>${run('Evidence: ')}${sdt(d1.tag, d1.title, run(d1.text))}</w:p>`) +
      `<w:p>${run('Seen: ')}${sdt(d2.tag, d2.title, run(d2.text))}${run(' Good.')}</w:p>` +
      `<w:p/></w:body></w:document>`;
    const fromDocx = readDocumentXml(new TextEncoder().encode(xml));
    const mock = createWordFake({
      paragraphs: [{ text: 'Career stage: Main pay range' }, { text: 'Objective 1: plan well.' }, { text: `Evidence: ${d1.text}` }, { text: `Seen: ${d2.text} Good.` }, { text: '' }],
      controls: [
        { id: 1, tag: 'tso:TS2.1/MPR/1', title: 'Objective', type: 'RichTextParagraphs', start: 1, end: 3 },
        { id: 2, tag: d1.tag, title: d1.title, type: 'RichTextInline', start: 2, end: 3, text: d1.text },
        { id: 3, tag: d2.tag, title: d2.title, type: 'RichTextInline', start: 3, end: 4, text: d2.text },
      ],
    });
    const fromWord = await createWordPort(mock.host).readDocumentModel();
    expect({ paragraphs: fromWord.paragraphs, blocks: fromWord.blocks }).toEqual(fromDocx);
  });
});
