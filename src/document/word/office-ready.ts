/**
 * Office.js start-up for the page entries (the task pane, the ribbon's function file and the preview page), so that
 * outside this folder nothing touches the Office globals.
 *
 * `Office.onReady()` returns a promise of the host and platform once office.js has initialised; outside Office the
 * host is null (https://learn.microsoft.com/en-us/javascript/api/office#office-office-onready-function(1)).
 */

/** Resolves when office.js is ready: `inWord` is true inside Word, false elsewhere (the preview page, a plain browser). */
export async function whenOfficeReady(): Promise<{ inWord: boolean }> {
  const info = await Office.onReady();
  return { inWord: info.host === Office.HostType.Word };
}

/** The background colour of Office's theme (`Office.context.officeTheme`), where the host reports one. */
export function officeThemeBackground(): string | undefined {
  try {
    return Office.context.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined; // officeTheme is not available on every host
  }
}
