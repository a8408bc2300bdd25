// What happens to a Chromium download: the app starts none, so the session cancels every one a page or a link asks for.

/**
 * For the session's `will-download`. Every file the app writes (attachments copied out, PDF reports, bundles, CSV) is
 * written by the main process to a path the user picked in a save dialog the main process showed; no feature uses
 * Chromium's downloads. A download can therefore only be one the app did not start (a link with `download`, a blob: or
 * data: URL, a response sent as an attachment), which would write outside the vault with no dialog of the app's:
 * cancelled. The URL is not logged: it may come from a record.
 */
export function cancelDownload(event: { preventDefault(): void }): void {
  event.preventDefault();
}
