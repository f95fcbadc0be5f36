// Drives the VS Code workbench in the page the way a person does: keyboard shortcuts, the command palette,
// Quick Open, the Problems panel. Every step waits for the UI state it needs (locators), never for time.
import type { Locator, Page } from 'playwright-core';

const UI_TIMEOUT = 60_000;

export class Workbench {
  constructor(readonly page: Page) {}

  /** The workbench has rendered its parts and the explorer shows the workspace folder. */
  async waitUntilReady(): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ timeout: UI_TIMEOUT });
    await this.page.locator('.part.statusbar').waitFor({ timeout: UI_TIMEOUT });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: UI_TIMEOUT });
  }

  private quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  /** Picks the first Quick Input row whose label contains `text` (waits for it, then clicks it). */
  private async pickQuickInputRow(text: string): Promise<void> {
    const row = this.quickInput().locator('.monaco-list-row', { hasText: text }).first();
    await row.waitFor({ timeout: UI_TIMEOUT });
    await row.click();
    await this.quickInput().waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
  }

  /**
   * F1, type the command's title, run it. Resolves once the command palette has gone: either the
   * quick input closed, or the command reused it for a pick of its own (its input no longer holds
   * the `>` command query) — waiting for "hidden" alone races with such commands.
   */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.quickInput().locator('input');
    await input.waitFor({ timeout: UI_TIMEOUT });
    await input.fill(`>${title}`);
    const row = this.quickInput().locator('.monaco-list-row', { hasText: title }).first();
    await row.waitFor({ timeout: UI_TIMEOUT });
    await row.click();
    // Evaluated in the page (a string: this project compiles without the DOM types).
    await this.page.waitForFunction(
      `(() => {
        const widget = document.querySelector('.quick-input-widget');
        if (!widget || widget.offsetParent === null || getComputedStyle(widget).display === 'none') return true;
        const box = widget.querySelector('input');
        return !box || !box.value.startsWith('>');
      })()`,
      undefined,
      { timeout: UI_TIMEOUT },
    );
  }

  /** Ctrl+P, type the workspace-relative path, open it; resolves when its tab is active. */
  async openFile(relativePath: string): Promise<void> {
    const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
    await this.page.keyboard.press('Control+P');
    const input = this.quickInput().locator('input');
    await input.waitFor({ timeout: UI_TIMEOUT });
    await input.fill(relativePath);
    await this.pickQuickInputRow(name);
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: UI_TIMEOUT });
    await this.editor().waitFor({ timeout: UI_TIMEOUT });
  }

  editor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /** Ctrl+G to a 1-based line and column of the active editor. */
  async goTo(line: number, column: number): Promise<void> {
    await this.editor().click({ position: { x: 200, y: 10 } });
    await this.page.keyboard.press('Control+G');
    const input = this.quickInput().locator('input');
    await input.waitFor({ timeout: UI_TIMEOUT });
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.quickInput().waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
    await this.page.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` }).waitFor({ timeout: UI_TIMEOUT });
  }

  /** Opens the Problems panel (View: Focus Problems) and returns its rows. */
  async showProblems(): Promise<Locator> {
    await this.runCommand('View: Focus Problems');
    await this.page.locator('.markers-panel').waitFor({ timeout: UI_TIMEOUT });
    return this.problemRows();
  }

  problemRows(): Locator {
    return this.page.locator('.markers-panel .monaco-list-row');
  }

  /** Ctrl+. on the cursor; resolves with the open code action menu once the action `title` is listed. */
  async openQuickFixMenu(title: string): Promise<Locator> {
    await this.page.keyboard.press('Control+.');
    const item = this.page.locator('.action-widget .monaco-list-row.action', { hasText: title }).first();
    await item.waitFor({ timeout: UI_TIMEOUT });
    return item;
  }

  /**
   * Applies the action `title` of the open code action menu with the keyboard (arrow keys to it, Enter), as a
   * person does; the menu's pointer shield makes mouse clicks on it unreliable in a headless page.
   */
  async chooseFromQuickFixMenu(title: string): Promise<void> {
    const menu = this.page.locator('.action-widget');
    const rows = await menu.locator('.monaco-list-row.action').count();
    for (let step = 0; step <= rows; step++) {
      const focused = (await menu.locator('.monaco-list-row.focused').getAttribute('aria-label', { timeout: UI_TIMEOUT })) ?? '';
      if (focused.includes(title)) {
        await this.page.keyboard.press('Enter');
        await menu.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
        return;
      }
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`The code action menu has no "${title}" entry reachable with the keyboard.`);
  }

  async save(): Promise<void> {
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: UI_TIMEOUT });
  }

  /** A notification toast whose text matches. */
  notification(text: string | RegExp): Locator {
    return this.page.locator('.notification-toast', { hasText: text });
  }

  /** Shows a toast's full text (toasts start collapsed to one line). */
  async expandNotification(toast: Locator): Promise<void> {
    await toast.hover();
    const expand = toast.locator('.codicon-notifications-expand').first();
    if (await expand.count()) {
      await expand.click();
      await toast.locator('.notification-list-item.expanded').waitFor({ timeout: UI_TIMEOUT });
    }
  }

  statusBarItem(text: string | RegExp): Locator {
    return this.page.locator('.statusbar-item', { hasText: text });
  }
}
