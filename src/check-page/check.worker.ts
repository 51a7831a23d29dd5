/**
 * A Web Worker of the check page: it holds the bundled edition and checks each file it is sent, with the CLI's reader,
 * limits and checker (src/cli/docx/check-docx.ts), so a file gives the same report here as in `check`.
 */
import { checkDocxBytes } from '../cli/docx/check-docx';
import { editionMap } from '../core/edition/check';
import { bundledFramework } from '../core/framework/bundled';
import type { FromWorker, ToWorker } from './messages';
import { renderReports } from './reports';

/** The worker's global scope, typed by what is used (the project's DOM types describe a window). */
const scope = self as unknown as { postMessage(message: FromWorker): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };

const framework = bundledFramework();
// As `check` without --editions: the current edition is the only one available.
const editions = editionMap([framework]);

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'check') {
    scope.postMessage({ type: 'report', index: message.index, report: checkDocxBytes(framework, editions, message.path, new Uint8Array(message.bytes)) });
  } else {
    scope.postMessage({ type: 'rendered', ...renderReports(framework, message.reports, new Date(message.generated)) });
  }
};
scope.postMessage({ type: 'ready', edition: framework.editionKey, title: framework.edition.title });
