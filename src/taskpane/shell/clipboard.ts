/** Copies text, with the older execCommand route for webviews that block the async clipboard. Focus is put back. */
export async function copyToClipboard(text: string, doc: Document = document): Promise<void> {
  try {
    if (doc.defaultView?.navigator.clipboard) {
      await doc.defaultView.navigator.clipboard.writeText(text);
      return;
    }
  } catch {
    // fall through to the older route
  }
  const active = doc.activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.appendChild(area);
  area.select();
  const ok = typeof doc.execCommand === 'function' && doc.execCommand('copy');
  area.remove();
  active?.focus();
  if (!ok) throw new Error('The clipboard is not available here.');
}
