import type { QuizTree } from '../types';
import { failureQuiz } from './failure-quiz';
import { loginQuiz } from './login-quiz';

export const quizzes = [failureQuiz, loginQuiz] as const satisfies readonly QuizTree[];
