import { createWordFake } from '../support/word-fake';

describe('fake Word basics', () => {
  it('runs a batch in order; the selection stays before text inserted at it', async () => {
    const w = createWordFake({ paragraphs: [{ text: 'Hello' }] });
    await w.host.run(async (context) => {
      const sel = context.document.getSelection();
      sel.insertText(' one', 'End');
      await context.sync();
    });
    await w.host.run(async (context) => {
      context.document.getSelection().insertText(' two', 'End');
      await context.sync();
    });
    expect(w.text()).toBe('Hello two one');
    expect(w.caret()).toEqual({ paragraph: 0, offset: 5, inside: null, collapsed: true });
  });

  it('wraps a range in a control; select End on the control stays inside; getRange After is outside', async () => {
    const w = createWordFake({ paragraphs: [{ text: 'A ' }] });
    await w.host.run(async (context) => {
      const r = context.document.getSelection().insertText('desc', 'End');
      const c = r.insertContentControl();
      c.tag = 'tsd:X';
      c.select('End');
      await context.sync();
    });
    expect(w.text()).toBe('A [tsd:X|desc]');
    expect(w.caret().inside).toBe('tsd:X');
    await w.host.run(async (context) => {
      const controls = context.document.body.contentControls;
      controls.load('items/tag');
      await context.sync();
      (controls.items[0] as Word.ContentControl).getRange('After').select('Start');
      await context.sync();
    });
    expect(w.caret()).toEqual({ paragraph: 0, offset: 6, inside: null, collapsed: true });
  });

  it('stops a batch at the failing command; what ran before stays', async () => {
    const w = createWordFake({ paragraphs: [{ text: '', cell: 'A1' }], refuse: { tableCell: true } });
    await expect(
      w.host.run(async (context) => {
        const r = context.document.getSelection().insertText('x', 'End');
        r.insertContentControl();
        r.insertText('never', 'After');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException', debugInfo: { errorLocation: 'Range.insertContentControl' } });
    expect(w.text()).toBe('x');
  });

  it('new paragraphs copy the style and list of the paragraph they come from; 1.1 hides table paragraphs', async () => {
    const w = createWordFake({ paragraphs: [{ text: 'Head', style: 'Heading 1' }, { text: 'cell', cell: 'A1' }], caret: { paragraph: 0 }, wordApi: '1.1' });
    await w.host.run(async (context) => {
      context.document.getSelection().insertParagraph('new', 'After');
      const ps = context.document.body.paragraphs;
      ps.load('text');
      await context.sync();
      expect(ps.items.map((p) => p.text)).toEqual(['Head', 'new']);
    });
    expect(w.paragraphs().map((p) => [p.text, p.style])).toEqual([['Head', 'Heading 1'], ['new', 'Heading 1'], ['cell', 'Normal']]);
  });
});
