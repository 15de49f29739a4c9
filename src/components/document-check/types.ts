import type { StringsWithPrefix } from '../../i18n/translate';
import type { DocumentType, StatedFacts, VerdictLine } from '../../lib/document-check';

/** What the document check's components share: its strings and the state of one file. */
export type Strings = StringsWithPrefix<'docCheck.'>;

export interface CheckedFile {
	id: number;
	name: string;
	size: number;
	type: DocumentType | '';
	stated: StatedFacts;
	checking: boolean;
	/** Lines about the file itself; the stated facts' lines are added when shown. */
	lines: VerdictLine[];
}
