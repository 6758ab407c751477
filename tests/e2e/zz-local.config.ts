// TEMPORARY (test engineer's scratch, to be deleted): runs the suite against a frozen copy of build/ on port 4391.
import base from '../../playwright.config';
export default { ...base, testDir: '.', reporter: [['list']], use: { ...base.use, baseURL: 'http://127.0.0.1:4391' }, webServer: undefined };
