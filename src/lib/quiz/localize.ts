import type { Bilingual, Choice, GuideLink, Outcome, Question, QuizTree } from './types';

/**
 * The tree with only the reader's language in it. Pages pass this to the quiz island, so a
 * reader's browser receives half the text and the island renders strings as they are.
 */
export function localizeTree(tree: QuizTree, locale: keyof Bilingual): QuizTree<string> {
	const text = (value: Bilingual) => value[locale];
	const choice = ({ label, ...rest }: Choice): Choice<string> => ({ ...rest, label: text(label) });
	const question = ({ prompt, help, choices, ...rest }: Question): Question<string> => ({
		...rest,
		prompt: text(prompt),
		...(help ? { help: text(help) } : {}),
		choices: choices.map(choice),
	});
	const link = ({ label, ...rest }: GuideLink): GuideLink<string> => ({ ...rest, label: text(label) });
	const outcome = ({ title, explanation, actions, links, ...rest }: Outcome): Outcome<string> => ({
		...rest,
		title: text(title),
		explanation: text(explanation),
		actions: actions.map(text),
		links: links.map(link),
	});
	return {
		...tree,
		title: text(tree.title),
		intro: text(tree.intro),
		questions: tree.questions.map(question),
		outcomes: tree.outcomes.map(outcome),
	};
}
