import type { Browser } from 'playwright-core';

export const chromiumPath: string;
export const chromiumFlags: readonly string[];
export function launchChromium(): Promise<Browser>;
