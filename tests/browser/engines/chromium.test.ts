// The cross-engine flows (tests/browser/engines/flows/) in Chromium. Run alone: npx vitest run --project browser tests/browser/engines/chromium.test.ts
import { crossEngineSuite } from './support/suite';

crossEngineSuite('chromium');
