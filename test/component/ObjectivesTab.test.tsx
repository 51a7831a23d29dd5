/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { blockPlainText } from '../../src/core/compose/block';
import { DocumentError } from '../../src/document/port';
import { createFakePort } from '../support/fake-port';
import { installMatchMedia, openTab, previewText } from './compose-tabs-support';

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
    const picker = screen.getByLabelText("Teachers' Standard (MPR)") as HTMLSelectElement;
    expect(picker.value).toBe('1.1');
    fireEvent.change(picker, { target: { value: '2.1' } });
    tickFirst(1);
    const heading = screen.getByLabelText('Heading') as HTMLTextAreaElement;
    expect(heading.value).toMatch(/^Objective 2: .+ \(Teachers’ Standard 2\.1\)$/);
    expect((screen.getByLabelText('Objective') as HTMLTextAreaElement).value.length).toBeGreaterThan(20);
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
    expect(screen.getByTestId('block-preview').querySelector('b')).toBeNull();
    const button = screen.getByRole('button', { name: 'Insert objective 1' });
    button.focus();
    await act(async () => fireEvent.click(button));
    expect(inserted).toHaveLength(1);
    const { block, options } = inserted[0]!;
    expect(blockPlainText(block)).toBe(preview);
    expect(block.tag).toMatch(/^tso:TS1\.1\/MPR\/1,TS1\.1\/MPR\/2$/);
    expect(options).toEqual({ mode: 'after-selection', asPlainText: false, edition: 'hampshire@1.0' });
    expect(within(screen.getByRole('status')).getByText('Inserted objective 1.')).toBeTruthy();
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
    fireEvent.change(screen.getByLabelText('Objective'), { target: { value: 'My own words' } });
    fireEvent.change(screen.getByLabelText('Evidence'), { target: { value: 'Book looks' } });
    expect(previewText()).toContain('Objective: My own words');
    tickFirst(2); // unticks the first, ticks the second
    expect((screen.getByLabelText('Objective') as HTMLTextAreaElement).value).not.toBe('My own words');
    expect((screen.getByLabelText('Evidence') as HTMLTextAreaElement).value).toBe('Book looks');
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
    await waitFor(() => expect(within(screen.getByRole('alert')).getByText(/read-only or protected/)).toBeTruthy());
  });
});
