// Prints Vitest's JSON report as one line, "N passed, N failed", which CI reads as the count.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0) + report.testResults.filter((suite) => suite.status === 'failed' && suite.assertionResults.length === 0).length;
console.log(`${report.numPassedTests} passed, ${failed} failed`);
if (report.numTotalTests === 0) {
	console.error('No test ran.');
	process.exit(1);
}
