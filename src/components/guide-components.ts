import DocumentCheckEmbed from './document-check/DocumentCheckEmbed.astro';
import EmbeddedQuiz from './quiz/EmbeddedQuiz.astro';

/**
 * Components a guide's MDX may use without importing them, so a translator writes
 * `<Quiz id="failure-quiz" />` or `<DocumentCheck locale="zh" embedded />` and never a file path.
 */
export const guideComponents = { Quiz: EmbeddedQuiz, DocumentCheck: DocumentCheckEmbed };
