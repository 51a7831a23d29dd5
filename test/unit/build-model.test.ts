import { DocumentModelBuilder, ModelLimitError } from '../../src/core/check/build-model';
import { DocxError } from '../../src/cli/docx/errors';
import { readDocumentXml } from '../../src/cli/docx/read-docx';

describe('the document-model builder', () => {
  it('builds paragraphs, block-level and inline controls with their parents, ranges and texts', () => {
    const b = new DocumentModelBuilder();
    b.startParagraph();
    b.appendText('Review');
    b.endParagraph();
    b.openControl({ tag: 'tso:TS1.1/MPR/1', title: 'Objective 1', level: 'block' });
    b.startParagraph();
    b.appendText('Objective 1: plan.');
    b.endParagraph();
    b.startParagraph({ inTable: true });
    b.appendText('Evidence: ');
    b.openControl({ tag: 'outer', level: 'inline' });
    b.appendText('a ');
    b.openControl({ tag: 'inner', level: 'inline', placeholder: true });
    b.appendText('b');
    b.closeControl();
    b.appendText(' c');
    b.closeControl();
    b.endParagraph();
    b.closeControl();
    expect(b.build()).toEqual({
      paragraphs: [
        { text: 'Review', blocks: [] },
        { text: 'Objective 1: plan.', blocks: [0] },
        { text: 'Evidence: a b c', blocks: [0], inTable: true },
      ],
      blocks: [
        { tag: 'tso:TS1.1/MPR/1', title: 'Objective 1', text: 'Objective 1: plan.\nEvidence: a b c', level: 'block', paragraphs: { start: 1, end: 3 }, parent: null },
        { tag: 'outer', title: '', text: 'a b c', level: 'inline', paragraphs: { start: 2, end: 3 }, parent: 0 },
        { tag: 'inner', title: '', text: 'b', level: 'inline', paragraphs: { start: 2, end: 3 }, parent: 1, placeholder: true },
      ],
    });
  });

  it('takes the tag and title given after a control opens, and the text a reader knows better', () => {
    const b = new DocumentModelBuilder();
    b.startParagraph();
    b.openControl({ level: 'inline' });
    b.describeControl({ tag: 'tsd:TS2.1/MPR/1', title: 'TS 2.1 · MPR' });
    b.appendText('x');
    b.closeControl('x y');
    expect(b.build().blocks[0]).toMatchObject({ tag: 'tsd:TS2.1/MPR/1', title: 'TS 2.1 · MPR', text: 'x y' });
  });

  it('closes controls left open where the document stops', () => {
    const b = new DocumentModelBuilder();
    b.openControl({ level: 'block', tag: 'a' });
    b.startParagraph();
    b.appendText('text');
    expect(b.build().blocks[0]).toMatchObject({ paragraphs: { start: 0, end: 1 }, text: 'text' });
  });

  it('lets consecutive paragraphs inside the same controls share one list of them, however deep', () => {
    const b = new DocumentModelBuilder();
    const depth = 5000;
    for (let i = 0; i < depth; i += 1) b.openControl({ level: 'block' });
    for (let i = 0; i < 3; i += 1) {
      b.startParagraph();
      b.endParagraph();
    }
    const { paragraphs, blocks } = b.build();
    expect(blocks).toHaveLength(depth);
    expect(blocks[depth - 1]?.parent).toBe(depth - 2);
    expect(paragraphs[0]?.blocks).toHaveLength(depth);
    expect(paragraphs[1]?.blocks).toBe(paragraphs[0]?.blocks);
    expect(paragraphs[2]?.blocks).toBe(paragraphs[0]?.blocks);
  });

  it('refuses to go beyond its limits', () => {
    const deep = new DocumentModelBuilder({ maxDepth: 3 });
    for (let i = 0; i < 3; i += 1) deep.openControl({ level: 'block' });
    expect(() => deep.openControl({ level: 'block' })).toThrow(new ModelLimitError('maxDepth', 3));
    const many = new DocumentModelBuilder({ maxControls: 2 });
    many.openControl({ level: 'block' });
    many.closeControl();
    many.openControl({ level: 'block' });
    many.closeControl();
    expect(() => many.openControl({ level: 'block' })).toThrow(ModelLimitError);
    const long = new DocumentModelBuilder({ maxParagraphs: 1 });
    long.startParagraph();
    expect(() => long.startParagraph()).toThrow(expect.objectContaining({ limit: 'maxParagraphs' }));
  });

  it('gives the .docx reader a place for its limits', () => {
    const depth = 200;
    const xml =
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      '<w:sdt><w:sdtContent>'.repeat(depth) +
      '<w:p><w:r><w:t>deep</w:t></w:r></w:p>' +
      '</w:sdtContent></w:sdt>'.repeat(depth) +
      '</w:body></w:document>';
    const data = new TextEncoder().encode(xml);
    expect(readDocumentXml(data).blocks).toHaveLength(depth);
    expect(() => readDocumentXml(data, 'word/document.xml', { maxDepth: 100 })).toThrow(
      new DocxError('too-large', 'This document is too large to check: its content controls nest more than 100 deep (word/document.xml).'),
    );
  });
});
