// The cross-engine flows (tests/browser/engines/flows/) in Firefox. Run alone: npx vitest run --project browser tests/browser/engines/firefox.test.ts
import { crossEngineSuite } from './support/suite';

crossEngineSuite('firefox');
