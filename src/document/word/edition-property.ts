import { STANDARDS_EDITION_PROPERTY } from '../port';
import type { WordHost } from './host';
import { errorLocation } from './errors';

/**
 * Records the framework edition (`StandardsEdition`, e.g. `hampshire@1.0`) as part of an insertion.
 *
 * Requirement set: WordApi 1.3 (document.properties.customProperties.add). It is queued LAST in the insertion's own
 * batch, so it costs no extra `context.sync()`; Word runs a batch in order, so if the property fails (custom
 * properties have failed in Word on the web) the text is already in. The edition is also kept in the add-in's
 * per-document settings (common API, no sync, saved with `saveAsync`), like the career stage (career-stage.ts): on
 * Word on the web a property can be written and still read back empty (office-js #328, #6206), and the settings are
 * all Word 2016 (WordApi 1.1) has. The checker reads the property, then the settings.
 */
export function queueEditionProperty(context: Word.RequestContext, host: WordHost, edition: string | undefined): boolean {
  if (!edition || !host.isSetSupported('WordApi', '1.3')) return false;
  context.document.properties.customProperties.add(STANDARDS_EDITION_PROPERTY, edition);
  return true;
}

/** True when a batch failed only at the custom property, after everything queued before it had run. */
export function isEditionPropertyFailure(error: unknown): boolean {
  return /customproperty/i.test(errorLocation(error));
}

/** The second store: never fails the insertion; the checker will say the edition is unknown if both are missing. */
export function recordEditionInSettings(host: WordHost, edition: string | undefined): void {
  const settings = host.settings;
  if (!edition || !settings || settings.get(STANDARDS_EDITION_PROPERTY) === edition) return;
  settings.set(STANDARDS_EDITION_PROPERTY, edition);
  settings.saveAsync(() => undefined);
}
