/** The document check's core: file kinds, pixel measurements and verdicts. No DOM, no framework. */
export { EXTENSIONS_OF, FILE_KINDS, MEASURABLE_KINDS, SNIFF_BYTES, extensionOf, sniffFileKind, type FileKind } from './file-type';
export { colourShare, hasScreenShape, laplacianVariance, measureImage, measuringSize, type ImageMeasurements, type Pixels } from './measure-image';
// Types only: the schema itself (and Zod with it) stays out of the island's bundle.
export type { DocumentRules, SiteThresholds } from './rule-set';
export {
	DOCUMENT_TYPES,
	KIND_NAMES,
	QUESTIONS_FOR,
	STATUSES,
	byUrgency,
	checkFileFacts,
	checkImage,
	checkStatedFacts,
	daysUntil,
	needsCameraLookup,
	overallStatus,
	undecodableImage,
	type DocumentType,
	type FileFacts,
	type FileVerdict,
	type Question,
	type StatedFacts,
	type Status,
	type VerdictLine,
} from './verdict';
