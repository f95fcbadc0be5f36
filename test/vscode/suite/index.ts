// Entry point VS Code loads in the extension host (--extensionTestsPath): runs the mocha tests of this folder.
import Mocha from 'mocha';
import { addExtensionTests } from './extension.test';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000 });
  addExtensionTests(mocha.suite);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
  });
}
