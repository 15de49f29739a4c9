import { describe, expect, test } from 'vitest';
import { decodeAnswers, encodeAnswers } from '../../src/lib/quiz/url-state';
import { fixtureQuiz } from './quiz-fixture';

describe('encode and decode', () => {
	test.each([{}, { where: ['login'] }, { where: ['email'], photos: [] }, { where: ['email'], photos: ['corners', 'screenshot'], device: ['no'] }])('round-trips %j', (answers) => {
		const encoded = encodeAnswers(fixtureQuiz, answers);
		expect(encoded).toMatch(/^[a-z0-9_~.-]*$/);
		expect(decodeAnswers(fixtureQuiz, encoded)).toEqual({ answers, problem: null });
	});
	test('writes answers in path order and leaves out answers off the path', () => {
		expect(encodeAnswers(fixtureQuiz, { device: ['no'], photos: ['corners'], where: ['email'] })).toBe('where_email.photos_corners.device_no');
		expect(encodeAnswers(fixtureQuiz, { where: ['login'], photos: ['corners'] })).toBe('where_login');
	});
});

describe('a bad URL restarts cleanly at the first open question', () => {
	test.each([
		['where_email.photos_corners.%%%', 'malformed', { where: ['email'], photos: ['corners'] }],
		['where_email.<script>', 'malformed', { where: ['email'] }],
		['where_mars', 'unknown', {}],
		['where_email.colour_red', 'unknown', { where: ['email'] }],
		['where_email.photos_corners~elsewhere', 'unknown', { where: ['email'] }],
		['where_email~login', 'contradictory', {}],
		['where_email.where_login', 'contradictory', {}],
		['where_login.photos_corners', 'contradictory', { where: ['login'] }],
		['device_yes', 'contradictory', {}],
	] as const)('%s → %s', (raw, problem, answers) => {
		expect(decodeAnswers(fixtureQuiz, raw)).toEqual({ answers, problem });
	});
	test('an empty or missing parameter is no problem', () => {
		expect(decodeAnswers(fixtureQuiz, null)).toEqual({ answers: {}, problem: null });
		expect(decodeAnswers(fixtureQuiz, '')).toEqual({ answers: {}, problem: null });
	});
	test('a very long parameter does not break decoding', () => {
		expect(decodeAnswers(fixtureQuiz, 'where_email.'.repeat(10_000)).problem).not.toBeNull();
	});
});
