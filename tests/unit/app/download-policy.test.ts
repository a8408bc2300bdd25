// Security item 17: the app starts no Chromium download, so the session cancels every one a page or a link asks for.
import { describe, expect, it, vi } from 'vitest';
import { cancelDownload } from '../../../main/app/download-policy.js';

type DownloadItemLike = { getURL(): string; setSavePath(path: string): void; cancel(): void };
/** As the session calls it: `will-download` passes the event, the download item and the web contents. */
const willDownload: (event: { preventDefault(): void }, item: DownloadItemLike) => void = cancelDownload;

describe('cancelDownload', () => {
  it('cancels every download, whatever its URL, and never picks a place to save it', () => {
    for (const url of [
      'https://example.org/report.pdf',
      'http://example.org/file.zip',
      'app://cre/index.html',
      'blob:app://cre/5b0f3c1e-2d1a-4c55-9d43-0c1f2a3b4c5d',
      'data:text/csv;base64,bmFtZSxwaG9uZQ==',
      'file:///etc/passwd',
    ]) {
      const event = { preventDefault: vi.fn() };
      const item = { getURL: () => url, setSavePath: vi.fn(), cancel: vi.fn() };
      willDownload(event, item);
      expect({ url, cancelled: event.preventDefault.mock.calls.length }).toEqual({ url, cancelled: 1 });
      expect(item.setSavePath).not.toHaveBeenCalled();
    }
  });
});
