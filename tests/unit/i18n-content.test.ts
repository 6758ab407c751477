// Keeping a translation in step with the English (src/lib/server/story/stamps.ts,
// translation-file.ts, scripts/i18n.ts): stamps that ignore rewrapping, `stamp` that keeps the
// file's comments, `scaffold` that leaves the build failing until the new texts are written, and
// `status` that lists what is stale.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoryError, type StoryIssue } from '../../src/lib/server/story/errors';
import { loadStory } from '../../src/lib/server/story/load';
import { normalize, stampOf } from '../../src/lib/server/story/stamps';
import { englishFields, parseTranslation, printTranslation, scaffoldFields, stampFields } from '../../src/lib/server/story/translation-file';

const root = mkdtempSync(join(tmpdir(), 'i18n-content-'));
cpSync('data', join(root, 'data'), { recursive: true, filter: (src) => !src.includes('/stories') });
afterAll(() => rmSync(root, { recursive: true, force: true }));
const ukFile = join(root, 'data/i18n/uk.yaml');
const uk = readFileSync(ukFile, 'utf8');
const { fields } = englishFields(root, 'data');

describe('stamps', () => {
	it('are 8 hex digits of the English, blind to wrapping and surrounding space', () => {
		expect(stampOf('Geneva: the US and Russia')).toMatch(/^[0-9a-f]{8}$/);
		expect(stampOf('  Geneva:\n  the US   and Russia \n')).toBe(stampOf('Geneva: the US and Russia'));
		expect(stampOf('Geneva: the US and Russia.')).not.toBe(stampOf('Geneva: the US and Russia'));
		expect(normalize(['a  b', ' c'])).toBe('a b\nc');
	});

	it('every committed text is stamped with its current English', () => {
		const doc = parseTranslation(uk).toJS() as Record<string, unknown>;
		const at = (path: (string | number)[]) => path.reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], doc) as { en: string };
		expect(fields.length).toBeGreaterThan(200);
		for (const field of fields) expect(at(field.path).en, field.path.join('.')).toBe(stampOf(field.english));
	});
});

describe('npm run i18n', () => {
	it('stamp wraps a bare text as { en, text } and keeps the comments', () => {
		const source = uk.replace(/\n  geneva:\n    kicker: .*\n/, '\n  geneva:\n    # the dates of both meetings\n    kicker: "9–10\u00a0січня 2022"\n');
		const doc = parseTranslation(source);
		const { stamped } = stampFields(doc, fields, []);
		expect(stamped).toEqual(['steps.geneva.kicker']);
		const out = printTranslation(doc);
		const kicker = fields.find((f) => f.path.join('.') === 'steps.geneva.kicker')!;
		expect(out).toContain(`    # the dates of both meetings\n    kicker: { en: ${stampOf(kicker.english)}, text: "9–10\u00a0січня 2022" }\n`);
		expect(out).toBe(uk.replace('\n  geneva:\n', '\n  geneva:\n    # the dates of both meetings\n'));
	});

	it('stamp of a named field, or of its parent, renews a stale stamp and touches nothing else', () => {
		const title = fields.find((f) => f.path.join('.') === 'steps.geneva.title')!;
		const source = uk.replace(stampOf(title.english), '0badf00d');
		for (const name of ['steps.geneva.title', 'steps.geneva']) {
			const doc = parseTranslation(source);
			const { stamped } = stampFields(doc, fields, [name]);
			expect(stamped).toEqual(['steps.geneva.title']);
			expect(printTranslation(doc)).toBe(uk);
		}
	});

	it('scaffold writes a missing text as text: null, and the build fails until it is translated', () => {
		const doc = parseTranslation(uk.replace(/\n  geneva:\n    kicker: .*\n/, '\n  geneva:\n'));
		expect(scaffoldFields(doc, fields)).toEqual(['steps.geneva.kicker']);
		writeFileSync(ukFile, printTranslation(doc));
		try {
			loadStory(root, 'data', 'uk');
			expect.unreachable('a scaffolded text fails the build');
		} catch (error) {
			if (!(error instanceof StoryError)) throw error;
			expect(error.issues.map((i) => `${i.field}: ${i.message}`)).toEqual([expect.stringMatching(/^steps\.geneva\.kicker\.text: not translated yet: write the translation of "9–10 January 2022"/)]);
		} finally {
			writeFileSync(ukFile, uk);
		}
	});

	it('a bare text loads, with a warning saying to stamp it', () => {
		writeFileSync(ukFile, uk.replace(/\n  geneva:\n    kicker: .*\n/, '\n  geneva:\n    kicker: "9–10 січня 2022"\n'));
		try {
			const warnings: StoryIssue[] = [];
			expect(loadStory(root, 'data', 'uk', warnings).steps.find((s) => s.id === 'geneva')!.kicker).toBe('9–10 січня 2022');
			expect(warnings.map((w) => `${w.field}: ${w.message}`)).toEqual([expect.stringMatching(/^steps\.geneva\.kicker: not stamped.*npm run i18n -- stamp uk steps\.geneva\.kicker$/)]);
		} finally {
			writeFileSync(ukFile, uk);
		}
	});

	it('status lists a stale text, stamp fixes it, and check:story warns without failing', () => {
		const story = join(root, 'data/story.yaml');
		const english = readFileSync(story, 'utf8');
		const run = (script: string, ...args: string[]) => spawnSync(resolve('node_modules/.bin/tsx'), [resolve(script), ...args], { cwd: root, encoding: 'utf8' });
		writeFileSync(story, english.replace('title: "Vienna: the OSCE"', 'title: "Vienna: the OSCE meets"'));
		try {
			const status = run('scripts/i18n.ts', 'status', 'uk');
			expect(status.status).toBe(0);
			expect(status.stdout).toMatch(/^warning: data\/i18n\/uk\.yaml:\d+:\d+ steps\.vienna\.title: the English changed since this was translated/m);
			expect(status.stdout).toContain('1 stale or unstamped');
			const check = run('scripts/check-story.ts');
			expect(check.status).toBe(0);
			expect(check.stderr).toMatch(/^warning: data\/i18n\/uk\.yaml:\d+:\d+ steps\.vienna\.title: /m);
			expect(run('scripts/i18n.ts', 'stamp', 'uk', 'steps.vienna.title').status).toBe(0);
			expect(run('scripts/i18n.ts', 'status', 'uk').stdout).toContain('0 stale or unstamped');
			expect(readFileSync(ukFile, 'utf8').split('\n').filter((l, i) => l !== uk.split('\n')[i])).toHaveLength(1);
		} finally {
			writeFileSync(story, english);
			writeFileSync(ukFile, uk);
		}
	}, 30_000);
});
