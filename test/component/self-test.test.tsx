/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { bundledFramework } from '../../src/core/framework/bundled';
import type { SelfTestReport } from '../../src/document/word/self-test-report';
import { App, loadPaneParts } from '../../src/taskpane/App';
import { createFakePort } from '../support/fake-port';

const framework = bundledFramework();
beforeAll(() => {
  Object.defineProperty(window, 'matchMedia', {
    value: (query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} }),
  });
});
beforeEach(() => localStorage.clear());

const report: SelfTestReport = {
  at: '2026-11-28T09:00:00.000Z',
  word: 'PC 16.0.19000.20000',
  requirementSets: [
    { name: 'WordApi 1.1', supported: true },
    { name: 'WordApi 1.3', supported: true },
    { name: 'WordApi 1.9', supported: false },
  ],
  checks: [
    { name: 'insert and tag a content control (the add-in’s own insertion)', ok: true, detail: 'tagged content control inserted' },
    { name: 'custom document property: write, read back, remove', ok: false, detail: 'written, but read back as missing' },
  ],
  unchanged: true,
};

describe('Settings: Test this copy of Word', () => {
  // Settings is loaded from its own script once the pane's first screen has painted; load it first.
  beforeAll(loadPaneParts);

  it('runs the self-test, shows pass and fail per capability, and copies the report', async () => {
    const run = jest.fn(async () => report);
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { port } = createFakePort({ saved: 'Main pay range' });
    render(<App framework={framework} port={port} theme="light" selfTest={run} />);
    await screen.findByText('Saved in this document.');
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Test this copy of Word' }));
    const shown = await screen.findByTestId('self-test-report');
    expect(run).toHaveBeenCalledTimes(1);
    expect(within(shown).getByText('1 check failed. Word: PC 16.0.19000.20000.')).toBeTruthy();
    expect(within(shown).getByText('Fail: custom document property: write, read back, remove. written, but read back as missing')).toBeTruthy();
    expect(within(shown).getByText('The document is as it was.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    await screen.findByText('Copied the self-test report to the clipboard.');
    const copied = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(copied).toContain('Word: PC 16.0.19000.20000');
    expect(copied).toContain('Requirement sets: WordApi 1.1, WordApi 1.3 (not: WordApi 1.9)');
    expect(copied).toContain('FAIL  custom document property');
  }, 20000);

  it('is not offered outside Word (the preview page)', async () => {
    const { port } = createFakePort({ saved: 'Main pay range' });
    render(<App framework={framework} port={port} theme="light" />);
    await screen.findByText('Saved in this document.');
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    await screen.findByText('Framework edition');
    expect(screen.queryByRole('button', { name: 'Test this copy of Word' })).toBeNull();
  }, 20000);
});
