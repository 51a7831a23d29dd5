/** Helpers for the Objectives and Rating tab tests (the document is test/support/fake-port.ts). */
import { render, screen } from '@testing-library/react';
import { act } from 'react';
import { bundledFramework } from '../../src/core/framework/bundled';
import type { DocumentPort } from '../../src/document/port';
import { App, loadPaneParts } from '../../src/taskpane/App';

export const framework = bundledFramework();

export function installMatchMedia() {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} }),
  });
}

export async function openTab(port: DocumentPort, name: string) {
  // Tabs other than Descriptors are loaded from their own script when first shown (src/taskpane/shell/lazy-part.tsx).
  await loadPaneParts();
  const view = render(<App framework={framework} port={port} theme="light" />);
  await screen.findByText('Saved in this document.');
  await act(async () => screen.getByRole('tab', { name }).click());
  return view;
}

/** The preview on screen (the Objectives tab keeps the other draft's preview mounted but hidden). */
export function visiblePreview(): HTMLElement {
  const shown = screen.getAllByTestId('block-preview').filter((el) => !el.closest('[hidden]'));
  if (shown.length !== 1) throw new Error(`Expected one preview on screen, found ${shown.length}.`);
  return shown[0]!;
}

/** The preview's text as the document will have it: its paragraphs joined by "\n". */
export function previewText(): string {
  const box = visiblePreview();
  return [...box.querySelectorAll('p')].map((p) => p.textContent ?? '').join('\n');
}
