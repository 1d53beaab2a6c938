// Gestures of the views tests: the content of a webview panel, and screenshots cropped to a part of the workbench.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';

/**
 * The document inside the most recently created webview panel. A webview is an iframe (the host page)
 * holding another iframe (the extension's HTML, `#active-frame` once loaded).
 */
export function webviewContent(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
}

/**
 * Saves a screenshot of the page cropped to the union of `parts` (each must be on screen). The mouse is first
 * parked at `parkMouse` (a spot without tooltips) and no workbench hover may be showing.
 */
export async function screenshotOf(page: Page, file: string, parts: Locator[], parkMouse: { x: number; y: number }): Promise<string> {
  await page.mouse.move(parkMouse.x, parkMouse.y);
  await page.locator('.workbench-hover-container').waitFor({ state: 'detached' });
  const boxes = [];
  for (const part of parts) {
    const box = await part.boundingBox();
    if (!box) throw new Error(`cannot crop the screenshot to ${part}: it is not on screen`);
    boxes.push(box);
  }
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, clip: { x, y, width: right - x, height: bottom - y } });
  return file;
}
