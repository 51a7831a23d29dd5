/** A fake document port for the Objectives and Rating tab tests: records formatted insertions, serves block tags. */
import { render, screen } from '@testing-library/react';
import { act } from 'react';
import { bundledFramework } from '../../src/core/framework/bundled';
import type { ComposedBlock } from '../../src/core/compose/block';
import type { DocumentPort, InsertOptions } from '../../src/document/port';
import { App } from '../../src/taskpane/App';

export const framework = bundledFramework();

export function installMatchMedia() {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} }),
  });
}

export function composePort(options: { saved: string; tags?: string[]; insertError?: Error }) {
  const inserted: { block: ComposedBlock; options: InsertOptions }[] = [];
  let tags = [...(options.tags ?? [])];
  const port: DocumentPort = {
    documentLabel: 'the test document',
    insertBlocks: async (blocks, o) => ({ inserted: blocks.length, asPlainText: o.asPlainText }),
    readCareerStage: async () => ({ name: options.saved, storedIn: 'document-property' }),
    saveCareerStage: async () => 'document-property',
    readText: async () => '',
    readBlockTags: async () => [...tags],
    insertComposedBlock: async (block, o) => {
      if (options.insertError) throw options.insertError;
      inserted.push({ block, options: o });
      const tagsBefore = block.kind === 'tso' ? [...tags] : null;
      tags = [...tags, block.tag];
      return { inserted: 1, asPlainText: o.asPlainText, tagsBefore };
    },
  };
  return {
    port,
    inserted,
    /** Someone else adds a block to the document behind the pane's back. */
    addTag: (tag: string) => void (tags = [...tags, tag]),
  };
}

export async function openTab(port: DocumentPort, name: string) {
  const view = render(<App framework={framework} port={port} theme="light" />);
  await screen.findByText('Saved in this document.');
  await act(async () => screen.getByRole('tab', { name }).click());
  return view;
}

/** The preview's text as the document will have it: its paragraphs joined by "\n". */
export function previewText(): string {
  const box = screen.getByTestId('block-preview');
  return [...box.querySelectorAll('p')].map((p) => p.textContent ?? '').join('\n');
}
