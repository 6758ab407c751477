// The story page's interface messages (src/lib/i18n/messages/story): every language has every
// key, with the same {placeholders}, and each is written in its own alphabet. Paraglide itself
// would fall back to English without a word, and accept a placeholder spelt differently.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, string>;
const read = (locale: string): Messages => {
	const { $schema: _, ...messages } = JSON.parse(readFileSync(`src/lib/i18n/messages/story/${locale}.json`, 'utf8'));
	return messages;
};
const en = read('en');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('story interface messages', () => {
	for (const locale of ['uk', 'ru']) {
		const messages = read(locale);
		it(`${locale} has the English keys, no more, and the same placeholders`, () => {
			expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
			for (const [key, text] of Object.entries(en)) expect(placeholders(messages[key]), key).toEqual(placeholders(text));
		});
		it(`${locale} keeps to its own letters`, () => {
			const foreign = locale === 'uk' ? /[ыэъё]/i : /[іїєґ]/i;
			for (const [key, text] of Object.entries(messages)) expect(text, key).not.toMatch(foreign);
		});
	}
	it('no Ukrainian or Russian message is left in English', () => {
		for (const locale of ['uk', 'ru']) {
			const messages = read(locale);
			for (const [key, text] of Object.entries(messages)) if (key !== 'language_name') expect(text.replace(/\{\w+\}/g, ''), `${locale} ${key}`).not.toMatch(/[A-Za-z]{2,}/);
		}
	});
});
