import { STANDARDS_EDITION_PROPERTY } from '../port';
import type { WordHost } from './host';
import { errorLocation } from './errors';

/**
 * Records the framework edition (`StandardsEdition`, e.g. `hampshire@1.0`) as part of an insertion.
 *
 * Requirement set: WordApi 1.3 (document.properties.customProperties.add). It is queued LAST in the insertion's own
 * batch, so it costs no extra `context.sync()`; Word runs a batch in order, so if the property fails (custom
 * properties have failed in Word on the web) the text is already in. Where WordApi 1.3 is missing, or the property
 * fails, the edition goes into the add-in's per-document settings instead (common API, no sync).
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

/** The settings fallback: never fails the insertion; the checker will say the edition is unknown if it is missing. */
export function recordEditionInSettings(host: WordHost, edition: string | undefined): void {
  const settings = host.settings;
  if (!edition || !settings || settings.get(STANDARDS_EDITION_PROPERTY) === edition) return;
  settings.set(STANDARDS_EDITION_PROPERTY, edition);
  settings.saveAsync(() => undefined);
}
