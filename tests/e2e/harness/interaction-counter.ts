// Counts the clicks and keystrokes a daily job takes: each user action goes through here, done as a user would, and counted.
import type { Locator, Page, TestInfo } from '@playwright/test';

export interface InteractionCounts {
  clicks: number;
  keystrokes: number;
  /** Page scrolling the job needed to reach what it clicked or typed into: noted, not counted. */
  scrolledPixels: number;
  notes: string[];
}

/**
 * One counter per job. Rules: a click is one click; typing is one keystroke per character (real key events), plus one
 * click to put the cursor in the field when it is not already there; a key press is one keystroke; choosing in a select is
 * two clicks (open, choose); ticking a box is one click; picking a file in the system dialog is one click.
 */
export class InteractionCounter {
  private clicks = 0;
  private keystrokes = 0;
  private scrolledPixels = 0;
  private readonly notes: string[] = [];

  constructor(
    private readonly page: Page,
    private readonly testInfo: TestInfo,
  ) {}

  async click(target: Locator): Promise<void> {
    await this.noteScroll(target);
    await target.click();
    this.clicks += 1;
  }

  /** Types text key by key; focusing the field costs a click unless the page already put the cursor there. */
  async type(target: Locator, text: string): Promise<void> {
    await this.noteScroll(target);
    const focused = await target.evaluate((element) => element === document.activeElement);
    if (!focused) {
      await target.click();
      this.clicks += 1;
    }
    await target.pressSequentially(text);
    this.keystrokes += [...text].length;
  }

  /** One key (or chord, such as Control+L) on whatever has focus. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    this.keystrokes += 1;
  }

  /** A native select: one click to open it, one to choose. */
  async selectOption(target: Locator, option: { label: string } | string): Promise<void> {
    await this.noteScroll(target);
    await target.selectOption(option);
    this.clicks += 2;
  }

  async check(target: Locator): Promise<void> {
    await this.noteScroll(target);
    await target.check();
    this.clicks += 1;
  }

  /** Choosing a file in the system's open dialog (which tests answer beforehand): one click. */
  pickFileInDialog(): void {
    this.clicks += 1;
  }

  /** Something the job needed that is not a click or a keystroke (reading, scrolling inside a box). */
  note(text: string): void {
    this.notes.push(text);
  }

  /** Prints `daily job: <name>: N clicks, M keystrokes`, adds it to the test's annotations, and returns the figures. */
  report(jobName: string): InteractionCounts {
    const counts: InteractionCounts = { clicks: this.clicks, keystrokes: this.keystrokes, scrolledPixels: this.scrolledPixels, notes: [...this.notes] };
    const line = `daily job: ${jobName}: ${counts.clicks} clicks, ${counts.keystrokes} keystrokes`;
    console.log(line);
    const extra = [counts.scrolledPixels > 0 ? `scrolled about ${counts.scrolledPixels} px to reach the controls (not counted)` : '', ...counts.notes].filter(Boolean);
    if (extra.length > 0) console.log(`  ${jobName}: ${extra.join('; ')}`);
    this.testInfo.annotations.push({ type: 'daily job', description: [line, ...extra].join('; ') });
    return counts;
  }

  /** How far the page must scroll to bring the control into view (Playwright then scrolls by itself). */
  private async noteScroll(target: Locator): Promise<void> {
    const viewport = this.page.viewportSize();
    const box = await target.boundingBox();
    if (!viewport || !box) return;
    const below = box.y + box.height - viewport.height;
    const above = -box.y;
    const distance = Math.max(below, above, 0);
    this.scrolledPixels += Math.round(distance);
  }
}
