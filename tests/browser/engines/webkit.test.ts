// The cross-engine flows (tests/browser/engines/flows/) in WebKit. Run alone: npx vitest run --project browser tests/browser/engines/webkit.test.ts
import { crossEngineSuite } from './support/suite';

crossEngineSuite('webkit');
