// Turns zod's findings into plain-language issues positioned in the YAML file.
import type { z } from 'zod';
import type { StoryIssue } from './errors';
import type { YamlFile } from './read-yaml';

type ZodIssue = z.core.$ZodIssue;

export function validate<S extends z.ZodType>(yaml: YamlFile, schema: S): { data?: z.output<S>; issues: StoryIssue[] } {
	const result = schema.safeParse(yaml.data);
	if (result.success) return { data: result.data, issues: [] };
	return { issues: result.error.issues.flatMap((issue) => toIssues(yaml, issue, [])) };
}

function toIssues(yaml: YamlFile, issue: ZodIssue, prefix: PropertyKey[]): StoryIssue[] {
	const path = [...prefix, ...issue.path];
	const value = valueAt(yaml.data, path);
	switch (issue.code) {
		case 'unrecognized_keys':
			return issue.keys.map((key) => yaml.issueAt([...path, key], `unknown field "${key}" (check its spelling)`, 'key'));
		case 'invalid_union': {
			// Report the alternative that came closest: the one with the fewest complaints.
			const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
			// A discriminated union (a layer's or figure's kind) lists the kinds it knows.
			const options = (issue as { options?: unknown[] }).options;
			if (best.length === 0 && options?.length) return [yaml.issueAt(path, `expected one of ${options.map((o) => JSON.stringify(o)).join(', ')}, got ${show(value)}`)];
			if (best.length === 0) return [yaml.issueAt(path, `expected ${issue.message}`)];
			return best.flatMap((inner) => toIssues(yaml, inner, path));
		}
		default:
			return [yaml.issueAt(path, `${expected(issue)}, got ${show(value)}`)];
	}
}

function expected(issue: ZodIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			return `expected ${article(issue.expected)}`;
		case 'invalid_value':
			return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		case 'too_small':
			if (issue.origin === 'array') return `expected ${issue.message.startsWith('Too') ? `at least ${issue.minimum} item(s)` : issue.message}`;
			if (issue.origin === 'string') return 'expected some text';
			return `expected a number ${issue.inclusive ? '≥' : '>'} ${issue.minimum}`;
		case 'too_big':
			if (issue.origin === 'array') return `expected at most ${issue.maximum} item(s)`;
			return `expected a number ${issue.inclusive ? '≤' : '<'} ${issue.maximum}`;
		case 'invalid_format':
			return issue.message.startsWith('Invalid') ? `expected ${issue.format === 'url' ? 'an http(s) URL' : `a valid ${issue.format}`}` : `expected ${issue.message}`;
		default:
			return `expected ${issue.message}`;
	}
}

function article(type: string): string {
	const names: Record<string, string> = { number: 'a number', string: 'text', array: 'a list', object: 'a mapping of fields', boolean: 'true or false' };
	return names[type] ?? type;
}

function show(value: unknown): string {
	if (value === undefined) return 'nothing (the field is missing)';
	const json = JSON.stringify(value);
	return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let node = data;
	for (const key of path) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<PropertyKey, unknown>)[key];
	}
	return node;
}
