// Entry point VS Code loads in the extension host (--extensionTestsPath): runs the mocha tests of this folder and
// writes each result to report.json next to the bundle, so the runner outside the editor can list them one by one.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import { addExtensionTests } from './extension.test';

export interface SuiteReport {
  results: { title: string; state: 'passed' | 'failed'; durationMs: number; error?: string }[];
}

export const REPORT_FILE = 'report.json';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000 });
  addExtensionTests(mocha.suite);
  const report: SuiteReport = { results: [] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      writeFileSync(join(__dirname, REPORT_FILE), JSON.stringify(report, null, 2));
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => report.results.push({ title: test.title, state: 'passed', durationMs: test.duration ?? 0 }));
    runner.on('fail', (test, error: Error) =>
      report.results.push({ title: test.title, state: 'failed', durationMs: test.duration ?? 0, error: error.stack ?? error.message }),
    );
  });
}
