// The Electron side of printing the dashboard report, without Electron: what window it asks for, what it loads, and that
// the window goes away whether printing works or fails.
import { describe, expect, it } from 'vitest';
import { createPdfPrinter, PRINT_WINDOW_OPTIONS } from '../../../main/app/pdf-printer.js';

function recordingWindow(print: () => Promise<Buffer>) {
  const seen = { options: null as unknown, url: '', destroyed: false };
  const open = (options: typeof PRINT_WINDOW_OPTIONS) => {
    seen.options = options;
    return {
      loadURL: async (url: string) => {
        seen.url = url;
      },
      destroy: () => {
        seen.destroyed = true;
      },
      webContents: { printToPDF: print },
    };
  };
  return { seen, open };
}

describe('the report printer for Electron', () => {
  it('prints in a hidden, sandboxed window without JavaScript, from a data: URL, and closes it', async () => {
    const { seen, open } = recordingWindow(async () => Buffer.from('%PDF-1.7 test'));
    const print = createPdfPrinter(open as never);
    const html = '<!doctype html><title>Relatório</title><p>Período</p>';
    expect(new TextDecoder().decode(await print(html))).toBe('%PDF-1.7 test');
    expect(seen.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(seen.url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(seen.url.split(',')[1] ?? '', 'base64').toString('utf8')).toBe(html);
    expect(seen.destroyed).toBe(true);
  });

  it('closes the window when printing fails', async () => {
    const { seen, open } = recordingWindow(() => Promise.reject(new Error('printer gone')));
    await expect(createPdfPrinter(open as never)('<p>x</p>')).rejects.toThrow('printer gone');
    expect(seen.destroyed).toBe(true);
  });
});
