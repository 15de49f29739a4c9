import type { QuizTree } from '../../src/lib/quiz/types';

const text = (en: string) => ({ en, zh: `【${en}】` });

/** A small quiz with a branch, a multiple-choice question and a fallback outcome. */
export const fixtureQuiz: QuizTree = {
	id: 'fixture',
	title: text('Fixture'),
	intro: text('A quiz for tests'),
	start: 'where',
	questions: [
		{
			id: 'where',
			kind: 'single',
			prompt: text('Where are you?'),
			choices: [
				{ id: 'email', label: text('Got an e-mail') },
				{ id: 'login', label: text('Cannot log in'), next: null },
			],
			next: 'photos',
		},
		{
			id: 'photos',
			kind: 'multiple',
			prompt: text('What was wrong with the photos?'),
			choices: [
				{ id: 'corners', label: text('Corners cut off') },
				{ id: 'screenshot', label: text('A screenshot') },
			],
			next: 'device',
		},
		{
			id: 'device',
			kind: 'single',
			prompt: text('Did you switch device?'),
			choices: [
				{ id: 'yes', label: text('Yes') },
				{ id: 'no', label: text('No') },
			],
			next: null,
		},
	],
	outcomes: [
		{ id: 'photo-quality', kind: 'cause', basis: 'official', title: text('Photos'), explanation: text('x'), actions: [text('Retake')], links: [{ guide: 'document-requirements', section: 'checklist', label: text('Rules') }] },
		{ id: 'device-fine', kind: 'reassurance', basis: 'official', title: text('Device'), explanation: text('x'), actions: [], links: [] },
		{ id: 'login-help', kind: 'warning', basis: 'official', title: text('Login'), explanation: text('x'), actions: [], links: [{ guide: 'login-problems', label: text('Login') }] },
		{ id: 'no-clear-cause', kind: 'cause', basis: 'official', title: text('Unclear'), explanation: text('x'), actions: [], links: [] },
	],
	rules: [
		{ outcome: 'photo-quality', likelihood: 'medium', when: { chose: ['photos', 'corners'] } },
		{ outcome: 'photo-quality', likelihood: 'high', when: { all: [{ chose: ['photos', 'corners'] }, { chose: ['photos', 'screenshot'] }] } },
		{ outcome: 'photo-quality', likelihood: 'high', when: { chose: ['photos', 'screenshot'] } },
		{ outcome: 'device-fine', likelihood: 'low', when: { chose: ['device', 'yes'] } },
		{ outcome: 'login-help', likelihood: 'high', when: { chose: ['where', 'login'] } },
		{ outcome: 'no-clear-cause', likelihood: 'low', when: { all: [{ chose: ['where', 'email'] }, { not: { any: [{ chose: ['photos', 'corners'] }, { chose: ['photos', 'screenshot'] }] } }] } },
	],
};
