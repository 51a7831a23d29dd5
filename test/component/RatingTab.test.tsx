/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { blockPlainText } from '../../src/core/compose/block';
import { ratingForRole } from '../../src/core/query/descriptors';
import { createFakePort } from '../support/fake-port';
import { framework, installMatchMedia, openTab, previewText } from './compose-tabs-support';

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
    expect(within(screen.getByRole('status')).getByText('Inserted the rating rationale (Achieved expectations).')).toBeTruthy();
    expect(document.activeElement).toBe(insert);
  });

  it('for exceptional shows the achieved descriptors too, and warns (without blocking) when none of them is ticked', async () => {
    const { port, calls: { insertComposedBlock: inserted } } = createFakePort({ saved: 'UPR 1' });
    await openTab(port, 'Rating');
    fireEvent.click(screen.getByRole('radio', { name: 'Exceptional performance' }));
    const achieved = group(/^Achieved expectations: the ones achieved/);
    const exceptional = group(/^Exceptional performance: the descriptors/);
    fireEvent.click(within(exceptional).getAllByRole('checkbox')[0]!);
    expect(within(warningsBox()!).getByText(/no Achieved expectations descriptor is ticked/)).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Insert rating rationale' });
    expect(button.getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(within(achieved).getAllByRole('checkbox')[0]!);
    expect(warningsBox()).toBeNull();
    await act(async () => fireEvent.click(button));
    expect(inserted[0]!.block.tag).toBe('tsr:UPR/exceptional');
    expect(inserted[0]!.block.citedIds.some((id) => id.includes('/achieved/'))).toBe(true);
  });

  it('asks a Headteacher’s reviewer to pick a route for exceptional, and uses the one picked', async () => {
    const { port, calls: { insertComposedBlock: inserted } } = createFakePort({ saved: 'Headteacher' });
    await openTab(port, 'Rating');
    fireEvent.click(screen.getByRole('radio', { name: 'Exceptional performance' }));
    expect(within(warningsBox()!).getByText(/2 routes to Exceptional performance/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /^Route 2/ }));
    const route2 = ratingForRole(framework, 'HT', 'exceptional').routes[1]!.descriptors;
    const boxes = within(group(/^Exceptional performance, route 2/)).getAllByRole('checkbox');
    expect(boxes).toHaveLength(route2.length);
    fireEvent.click(boxes[0]!);
    fireEvent.click(within(group(/^Achieved expectations: the ones achieved/)).getAllByRole('checkbox')[0]!);
    expect(screen.queryByText(/routes to Exceptional performance/)).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Insert rating rationale' })));
    expect(inserted[0]!.block.title).toMatch(/2/);
    expect(blockPlainText(inserted[0]!.block)).toMatch(/Route to Exceptional performance: Objectives met, with exceptional performance in additional ways\./);
  });

  it('adds the not-met support note by default and the pay line only when switched on', async () => {
    const { port } = createFakePort({ saved: 'Main pay range' });
    await openTab(port, 'Rating');
    fireEvent.click(screen.getByRole('radio', { name: 'Not meeting expectations' }));
    const note = ratingForRole(framework, 'MPR', 'not-met').note!.replace(/\s+/g, ' ');
    const supportSwitch = screen.getByRole('switch', { name: 'Add the framework’s support and HR note' }) as HTMLInputElement;
    expect(supportSwitch.checked).toBe(true);
    expect(previewText()).toContain(note);
    fireEvent.click(supportSwitch);
    expect(previewText()).not.toContain(note);
    const pay = screen.getByRole('switch', { name: 'Add a pay progression line' }) as HTMLInputElement;
    expect(pay.checked).toBe(false);
    const before = previewText().split('\n').length;
    fireEvent.click(pay);
    expect(previewText().split('\n').length).toBe(before + 1);
  });
});
