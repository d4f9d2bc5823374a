// Prints the closing line CI reads: "tests: N passed, N failed" (plus skipped, when any).
export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const count = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite.tests ?? []) count[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed'] += 1;
        for (const child of suite.suites ?? []) walk(child);
      };
      let broken = 0;
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) broken += 1;
      }
      count.failed += broken; // a test file that failed to load counts as a failure
      const skipped = count.skipped ? `, ${count.skipped} skipped` : '';
      // Written after the default reporter's summary so it is the last line.
      setTimeout(() => console.log(`tests: ${count.passed} passed, ${count.failed} failed${skipped}`), 0);
    },
  };
}
