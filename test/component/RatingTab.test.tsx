/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { blockPlainText } from '../../src/core/compose/block';
import { ratingForRole } from '../../src/core/query/descriptors';
import { createFakePort } from '../support/fake-port';
import { framework, installMatchMedia, openTab, previewText } from './compose-tabs-support';

// A generous limit for a loaded shared machine (a whole pane renders per test); nothing here waits on time.
jest.setTimeout(30_000);
beforeAll(installMatchMedia);
beforeEach(() => localStorage.clear());

const group = (name: RegExp) => screen.getByRole('group', { name });
const warningsBox = () => screen.queryByRole('region', { name: 'Check before inserting' });

describe('Rating tab', () => {
  it('takes the role from the career stage, drafts from ticked descriptors with notes, and inserts exactly the preview', async () => {
    const { port, calls: { insertComposedBlock: inserted } } = createFakePort({ saved: 'Main pay range with TLR' });
    await openTab(port, 'Rating');
    expect(screen.getByText('Main pay range with TLR', { selector: 'strong' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Achieved expectations' }) as HTMLInputElement).checked).toBe(true);
    // Nothing ticked yet: the core's warning shows, and does not block.
    expect(within(warningsBox()!).getByText(/No descriptor is ticked/)).toBeTruthy();
    const boxes = within(group(/^Achieved expectations: the descriptors/)).getAllByRole('checkbox');
    fireEvent.click(boxes[0]!);
    fireEvent.click(boxes[1]!);
    expect(warningsBox()).toBeNull();
    const notes = screen.getAllByRole('textbox', { name: /^Evidence note: / });
    expect(notes).toHaveLength(2);
    fireEvent.change(notes[0]!, { target: { value: 'Seen in <b>two</b> observations & a book look' } });
    fireEvent.change(screen.getByLabelText('Overall note (optional)'), { target: { value: 'A strong year.' } });
    const preview = previewText();
    expect(preview).toContain('Seen in <b>two</b> observations & a book look');
    expect(preview).toContain('A strong year.');
    const insert = screen.getByRole('button', { name: 'Insert rating rationale' });
    insert.focus();
    await act(async () => fireEvent.click(insert));
    expect(inserted).toHaveLength(1);
    expect(inserted[0]!.block.tag).toBe('tsr:MPR-TLR/achieved');
    expect(blockPlainText(inserted[0]!.block)).toBe(preview);
    expect(screen.getByText('Inserted the rating rationale (Achieved expectations).').closest('[role="status"]')).toBeTruthy();
    expect(document.activeElement).toBe(insert);
  });

  it('for exceptional shows the achieved descriptors too, and keeps Insert disabled, saying why, until one of each is ticked', async () => {
    const { port, calls: { insertComposedBlock: inserted } } = createFakePort({ saved: 'UPR 1' });
    await openTab(port, 'Rating');
    fireEvent.click(screen.getByRole('radio', { name: 'Exceptional performance' }));
    const achieved = group(/^Achieved expectations: the ones achieved/);
    const exceptional = group(/^Exceptional performance: the descriptors/);
    const button = screen.getByRole('button', { name: 'Insert rating rationale' });
    const reason = () => document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(reason()).toMatch(/^Cannot be inserted yet\. Exceptional performance can be given only with at least one Achieved expectations descriptor and one Exceptional performance descriptor ticked/);
    fireEvent.click(within(exceptional).getAllByRole('checkbox')[0]!);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(reason()).toMatch(/Ticked so far: 0 Achieved expectations, 1 Exceptional performance\.$/);
    await act(async () => fireEvent.click(button));
    expect(inserted).toHaveLength(0);
    fireEvent.click(within(achieved).getAllByRole('checkbox')[0]!);
    expect(button.getAttribute('aria-disabled')).toBeNull();
    expect(button.getAttribute('aria-describedby')).toBeNull();
    const preview = previewText();
    await act(async () => fireEvent.click(button));
    expect(inserted[0]!.block.tag).toBe('tsr:UPR/exceptional');
    expect(blockPlainText(inserted[0]!.block)).toBe(preview);
    expect(inserted[0]!.block.citedIds.some((id) => id.includes('/achieved/'))).toBe(true);
  });

  it('asks a Headteacher’s reviewer to pick a route by the framework’s words, keeps ticks per route, and shows route 2’s lead-in as text', async () => {
    const { port, calls: { insertComposedBlock: inserted } } = createFakePort({ saved: 'Headteacher' });
    await openTab(port, 'Rating');
    fireEvent.click(screen.getByRole('radio', { name: 'Exceptional performance' }));
    expect(within(warningsBox()!).getByText(/2 routes to Exceptional performance/)).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Objectives significantly exceeded, adding substantial value' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Objectives met, with exceptional performance in additional ways' }));
    const route2 = ratingForRole(framework, 'HT', 'exceptional').routes[1]!.descriptors;
    const leadIn = route2.find((d) => d.text.trimEnd().endsWith(':'))!;
    const routeGroup = () => group(/^Exceptional performance \(Objectives met, with exceptional performance in additional ways\): the descriptors/);
    const boxes = within(routeGroup()).getAllByRole('checkbox');
    expect(boxes).toHaveLength(route2.length - 1);
    expect(within(routeGroup()).getByText(leadIn.text, { exact: false })).toBeTruthy();
    fireEvent.click(boxes[boxes.length - 1]!);
    // Route 1 and back: route 2's tick is kept.
    fireEvent.click(screen.getByRole('radio', { name: 'Objectives significantly exceeded, adding substantial value' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Objectives met, with exceptional performance in additional ways' }));
    expect((within(routeGroup()).getAllByRole('checkbox').at(-1) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(group(/^Achieved expectations: the ones achieved/)).getAllByRole('checkbox')[0]!);
    expect(screen.queryByText(/routes to Exceptional performance/)).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Insert rating rationale' })));
    expect(inserted[0]!.block.title).toMatch(/route 2/);
    const text = blockPlainText(inserted[0]!.block);
    expect(text).toMatch(/Route to Exceptional performance: Objectives met, with exceptional performance in additional ways\./);
    expect(inserted[0]!.block.citedIds).toContain(leadIn.id);
  });

  it('leaves the not-met support and HR note out unless asked for, labelled as guidance for the reviewer', async () => {
    const { port } = createFakePort({ saved: 'Main pay range' });
    await openTab(port, 'Rating');
    fireEvent.click(screen.getByRole('radio', { name: 'Not meeting expectations' }));
    const note = ratingForRole(framework, 'MPR', 'not-met').note!.replace(/\s+/g, ' ');
    const supportSwitch = screen.getByRole('switch', { name: 'Add the framework’s support and HR note (guidance for the reviewer)' }) as HTMLInputElement;
    expect(supportSwitch.checked).toBe(false);
    expect(previewText()).not.toContain(note);
    fireEvent.click(supportSwitch);
    expect(previewText()).toContain(`Guidance for the reviewer (career expectations framework): ${note}`);
  });

  it('composes the pay recommendation against the rating: refused, warned or inserted as its own tagged block', async () => {
    const { port, calls: { insertComposedBlock: inserted } } = createFakePort({ saved: 'Main pay range' });
    await openTab(port, 'Rating');
    const pay = within(screen.getByRole('region', { name: 'Pay recommendation' }));
    const insert = pay.getByRole('button', { name: 'Insert pay recommendation' });
    expect(insert.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(screen.getByRole('radio', { name: 'Not meeting expectations' }));
    fireEvent.click(pay.getByRole('radio', { name: 'Progress to the next point or range' }));
    expect(insert.getAttribute('aria-disabled')).toBe('true');
    expect(pay.getByText(/Pay progression cannot be recommended with a rating of Not meeting expectations/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Achieved expectations' }));
    fireEvent.click(pay.getByRole('radio', { name: 'Do not progress' }));
    expect(insert.getAttribute('aria-disabled')).toBeNull();
    expect(within(pay.getByRole('region', { name: 'Check before inserting' })).getByText(/^Check before recommending no progression with a rating of Achieved expectations/)).toBeTruthy();
    fireEvent.click(pay.getByRole('radio', { name: 'Progress to the next point or range' }));
    fireEvent.change(pay.getByLabelText('Reviewer’s note'), { target: { value: 'All objectives met; see the rationale.' } });
    const preview = [...pay.getByTestId('block-preview').querySelectorAll('p')].map((p) => p.textContent).join('\n');
    expect(preview).toBe(
      [
        'Pay recommendation: Progress to the next point or range.',
        'With an overall rating of Achieved expectations, pay progression to the next point or range is recommended, for decision under the school’s pay policy.',
        'Reviewer’s note: All objectives met; see the rationale.',
      ].join('\n'),
    );
    await act(async () => fireEvent.click(insert));
    expect(inserted).toHaveLength(1);
    expect(inserted[0]!.block.tag).toBe('tsp:MPR/progress');
    expect(blockPlainText(inserted[0]!.block)).toBe(preview);
    expect(screen.getByText('Inserted the pay recommendation (Progress to the next point or range).').closest('[role="status"]')).toBeTruthy();
  });
});
