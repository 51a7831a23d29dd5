/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { blockPlainText } from '../../src/core/compose/block';
import { DocumentError } from '../../src/document/port';
import { createFakePort } from '../support/fake-port';
import { installMatchMedia, openTab, previewText, visiblePreview } from './compose-tabs-support';

// A generous limit for a loaded shared machine (a whole pane renders per test); nothing here waits on time.
jest.setTimeout(30_000);
beforeAll(installMatchMedia);
beforeEach(() => localStorage.clear());

const tickFirst = (n: number) => {
  const group = screen.getByRole('group', { name: /^Descriptors of / });
  within(group)
    .getAllByRole('checkbox')
    .slice(0, n)
    .forEach((box) => fireEvent.click(box));
};

describe('Objectives tab', () => {
  it('drafts an objective from ticked descriptors, numbered from the tags already in the document', async () => {
    const { port } = createFakePort({ saved: 'Main pay range', tags: ['tso:TS1.1/MPR/1', 'tsd:TS2.1/MPR/1'] });
    await openTab(port, 'Objectives');
    await screen.findByText('This will be objective 2.');
    expect(screen.getByText('Tick at least one descriptor to see the draft objective.')).toBeTruthy();
    const picker = screen.getByLabelText('Teachers’ Standard (Main pay range)') as HTMLSelectElement;
    expect(picker.value).toBe('1.1');
    fireEvent.change(picker, { target: { value: '2.1' } });
    // The picker names the sub-standard by its short name; its full title stays on screen below it.
    expect(picker.selectedOptions[0]!.textContent).toBe('2.1 Accountability for pupils’ progress');
    expect(screen.getByText('2.1 Accountability for pupils’ progress', { selector: 'span' }).parentElement!.textContent).toBe(
      '2.1 Accountability for pupils’ progress: Be accountable for pupils’ attainment, progress and outcomes.',
    );
    tickFirst(1);
    const heading = screen.getByLabelText('Heading') as HTMLTextAreaElement;
    expect(heading.value).toMatch(/^Objective 2: .+ \(Teachers’ Standard 2\.1\)$/);
    expect((screen.getByRole('textbox', { name: 'Objective' }) as HTMLTextAreaElement).value.length).toBeGreaterThan(20);
    // The judgement fields start empty, with the core's prompt beside them.
    const criteria = screen.getByLabelText('Success criteria') as HTMLTextAreaElement;
    expect(criteria.value).toBe('');
    expect(screen.getByText(/Describe how you and the teacher will know the objective has been met/)).toBeTruthy();
  });

  it('keeps edits, previews the exact text, and inserts exactly that, keeping the focus on the button', async () => {
    const { port, calls: { insertComposedBlock: inserted } } = createFakePort({ saved: 'Main pay range' });
    await openTab(port, 'Objectives');
    await screen.findByText('This will be objective 1.');
    tickFirst(2);
    fireEvent.change(screen.getByLabelText('Success criteria'), { target: { value: 'Exit tickets show <b>80%</b> & more' } });
    fireEvent.change(screen.getByLabelText('Timescale and review date'), { target: { value: 'By March 2026\nReview in April' } });
    expect((screen.getByLabelText('Success criteria') as HTMLTextAreaElement).value).toBe('Exit tickets show <b>80%</b> & more');
    const preview = previewText();
    expect(preview).toContain('Success criteria: Exit tickets show <b>80%</b> & more');
    expect(preview).toContain('Timescale and review date: By March 2026\nReview in April');
    expect(visiblePreview().querySelector('b')).toBeNull();
    const button = screen.getByRole('button', { name: 'Insert objective 1' });
    button.focus();
    await act(async () => fireEvent.click(button));
    expect(inserted).toHaveLength(1);
    const { block, options } = inserted[0]!;
    expect(blockPlainText(block)).toBe(preview);
    expect(block.tag).toMatch(/^tso:TS1\.1\/MPR\/1,TS1\.1\/MPR\/2$/);
    expect(options).toEqual({ mode: 'after-selection', asPlainText: false, edition: 'hampshire@1.0' });
    expect(screen.getByText('Inserted objective 1.').closest('[role="status"]')).toBeTruthy();
    expect(document.activeElement).toBe(button);
    // The form stays, focus and all; the heading follows the next number.
    await screen.findByText('This will be objective 2.');
    expect(previewText()).toMatch(/^Objective 2: /);
    expect(screen.getByRole('button', { name: 'Insert objective 2' })).toBe(button);
    expect(document.activeElement).toBe(button);
  });

  it('re-checks the number at insertion and says when the document changed meanwhile', async () => {
    const { port, addTag } = createFakePort({ saved: 'UPR 1' });
    await openTab(port, 'Objectives');
    await screen.findByText('This will be objective 1.');
    tickFirst(1);
    addTag('tso:TS3.1/UPR1/1');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Insert objective 1' })));
    expect(screen.getByText(/The document had 1 objective when this one went in, so it may need renumbering/)).toBeTruthy();
    await screen.findByText('This will be objective 3.');
  });

  it('rewrites the heading and objective when the descriptors change, but keeps the reviewer’s other fields', async () => {
    const { port } = createFakePort({ saved: 'Main pay range' });
    await openTab(port, 'Objectives');
    await screen.findByText('This will be objective 1.');
    tickFirst(1);
    fireEvent.change(screen.getByRole('textbox', { name: 'Objective' }), { target: { value: 'My own words' } });
    fireEvent.change(screen.getByLabelText('Evidence'), { target: { value: 'Book looks' } });
    expect(previewText()).toContain('Objective: My own words');
    tickFirst(2); // unticks the first, ticks the second
    expect((screen.getByRole('textbox', { name: 'Objective' }) as HTMLTextAreaElement).value).not.toBe('My own words');
    expect((screen.getByLabelText('Evidence') as HTMLTextAreaElement).value).toBe('Book looks');
  });

  it('draws one objective from two sub-standards: ticks survive switching, the heading and tag cite both, and it inserts exactly the preview', async () => {
    const { port, calls: { insertComposedBlock: inserted } } = createFakePort({ saved: 'Main pay range' });
    await openTab(port, 'Objectives');
    await screen.findByText('This will be objective 1.');
    const picker = screen.getByLabelText('Teachers’ Standard (Main pay range)') as HTMLSelectElement;
    fireEvent.change(picker, { target: { value: '2.1' } });
    tickFirst(1);
    fireEvent.change(picker, { target: { value: '6.3' } });
    tickFirst(1);
    expect(screen.getByText('Ticked: 2.1 (1), 6.3 (1).')).toBeTruthy();
    fireEvent.change(picker, { target: { value: '2.1' } });
    expect((within(screen.getByRole('group', { name: /^Descriptors of 2\.1/ })).getAllByRole('checkbox')[0] as HTMLInputElement).checked).toBe(true);
    const heading = (screen.getByLabelText('Heading') as HTMLTextAreaElement).value;
    expect(heading).toBe('Objective 1: Accountability for pupils’ progress and using data to set targets (Teachers’ Standards 2.1 and 6.3)');
    const preview = previewText();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Insert objective 1' })));
    const { block } = inserted[0]!;
    expect(block.tag).toBe('tso:TS2.1/MPR/1,TS6.3/MPR/1');
    expect(blockPlainText(block)).toBe(preview);
  });

  it('offers the standard’s suggested success measures with one click, and lists the SMART parts still missing without blocking Insert', async () => {
    const { port, calls: { insertComposedBlock: inserted } } = createFakePort({ saved: 'Main pay range' });
    await openTab(port, 'Objectives');
    await screen.findByText('This will be objective 1.');
    fireEvent.change(screen.getByLabelText('Teachers’ Standard (Main pay range)'), { target: { value: '7.1' } });
    tickFirst(1);
    const warnings = () => within(screen.getByRole('region', { name: 'Check before inserting' }));
    expect(warnings().getByText('Not yet filled in: success criteria, timescale and review date, support and CPD, and evidence. They go into the document as placeholders to complete.')).toBeTruthy();
    // Empty parts are placeholders in the preview, as in the document.
    const placeholders = [...visiblePreview().querySelectorAll('[data-placeholder]')].map((el) => el.textContent);
    expect(placeholders).toHaveLength(4);
    for (const p of placeholders) expect(p).toMatch(/^\[.+\]$/);
    const measures = within(screen.getByRole('group', { name: 'Suggested success measures for Teachers’ Standard 7:' }));
    const add = measures.getAllByRole('button', { name: /^Add to success criteria: / });
    expect(add).toHaveLength(3);
    const first = add[0]!.getAttribute('aria-label')!.replace('Add to success criteria: ', '');
    fireEvent.click(add[0]!);
    expect((screen.getByLabelText('Success criteria') as HTMLTextAreaElement).value).toBe(first);
    expect(measures.getByRole('button', { name: `Added: ${first}` })).toBeTruthy();
    fireEvent.click(measures.getAllByRole('button', { name: /^Add to success criteria: / })[0]!);
    expect((screen.getByLabelText('Success criteria') as HTMLTextAreaElement).value.split('\n')).toHaveLength(2);
    expect(warnings().getByText(/^Not yet filled in: timescale and review date, support and CPD, and evidence\./)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Linked school priority (optional)'), { target: { value: 'SIP priority 2: behaviour' } });
    expect(previewText()).toContain('Linked school priority: SIP priority 2: behaviour');
    // A warning, not a block.
    const button = screen.getByRole('button', { name: 'Insert objective 1' });
    expect(button.getAttribute('aria-disabled')).toBeNull();
    await act(async () => fireEvent.click(button));
    expect(inserted).toHaveLength(1);
    expect(inserted[0]!.block.paragraphs.flatMap((p) => p.runs).filter((r) => r.placeholder)).toHaveLength(3);
  });

  it('drafts an area for development from the same ticks, and inserts it as a tagged block with placeholders for what is left', async () => {
    const { port, calls: { insertComposedBlock: inserted } } = createFakePort({ saved: 'Main pay range', tags: ['tsa:TS1.1/MPR/1'] });
    await openTab(port, 'Objectives');
    await screen.findByText('This will be objective 1.');
    fireEvent.change(screen.getByLabelText('Teachers’ Standard (Main pay range)'), { target: { value: '4.1' } });
    tickFirst(1);
    fireEvent.click(screen.getByRole('radio', { name: 'Area for development' }));
    expect(screen.getByText('This will be area for development 2.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Evidence that this is not yet consistent'), { target: { value: 'Lesson visits on 3 and 17 March: starters overran.' } });
    expect(within(screen.getByRole('region', { name: 'Check before inserting' })).getByText(/^Not yet filled in: agreed support and review date\./)).toBeTruthy();
    const preview = previewText();
    expect(preview.split('\n')).toEqual([
      'Area for development: Effective use of lesson time (Teachers’ Standard 4.1)',
      'Expected practice: Use time within lessons and over sequences of lessons, effectively to secure progress for all groups of learners.',
      'Evidence that this is not yet consistent: Lesson visits on 3 and 17 March: starters overran.',
      'Agreed support: [The support agreed with the teacher, and who will provide it]',
      'Review date: [The date this area will be reviewed]',
    ]);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Insert area for development 2' })));
    expect(inserted[0]!.block.tag).toBe('tsa:TS4.1/MPR/1');
    expect(blockPlainText(inserted[0]!.block)).toBe(preview);
    expect(screen.getByText('Inserted area for development 2.').closest('[role="status"]')).toBeTruthy();
    await screen.findByText('This will be area for development 3.');
    // Back to the objective: what was ticked and typed is still there.
    fireEvent.click(screen.getByRole('radio', { name: 'Objective' }));
    expect(previewText()).toMatch(/^Objective 1: Effective use of lesson time \(Teachers’ Standard 4\.1\)/);
  });

  it('says clearly that a Headteacher has no Teachers’ Standards column', async () => {
    const { port } = createFakePort({ saved: 'Headteacher' });
    await openTab(port, 'Objectives');
    expect(screen.getByText(/have no column for Headteacher, so objectives cannot be drafted from them here/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Insert objective/ })).toBeNull();
  });

  it('shows a Word error as an alert', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { port } = createFakePort({ saved: 'Main pay range', insertError: new DocumentError('Word could not insert the objective: the document is read-only or protected here. Nothing was changed.') });
    await openTab(port, 'Objectives');
    await screen.findByText('This will be objective 1.');
    tickFirst(1);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Insert objective 1' })));
    await waitFor(() => expect(screen.getByText(/read-only or protected/).closest('[role="alert"]')).toBeTruthy());
  });
});
