import DocumentCheckEmbed from './document-check/DocumentCheckEmbed.astro';
import EmbeddedEmailCheck from './email-check/EmbeddedEmailCheck.astro';
import EmbeddedInformCheck from './inform-check/EmbeddedInformCheck.astro';
import EmbeddedQuiz from './quiz/EmbeddedQuiz.astro';

/**
 * Components a guide's MDX may use without importing them, so a translator writes
 * `<Quiz id="failure-quiz" />`, `<DocumentCheck locale="zh" embedded />`, `<EmailCheck />` or
 * `<InformCheck />` and never a file path.
 */
export const guideComponents = { Quiz: EmbeddedQuiz, DocumentCheck: DocumentCheckEmbed, EmailCheck: EmbeddedEmailCheck, InformCheck: EmbeddedInformCheck };
