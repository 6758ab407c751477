// A story problem is always reported as `file:line:col field: message`, the shape editors and
// terminals turn into a clickable link, so a journalist can go straight to the mistake.

export interface StoryIssue {
	file: string;
	line: number;
	col: number;
	/** Field path such as `steps[3].view.zoom`; empty for the whole file. */
	field: string;
	message: string;
}

export class StoryError extends Error {
	constructor(readonly issues: StoryIssue[]) {
		super(`The story data has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${issues.map(formatIssue).join('\n')}`);
		this.name = 'StoryError';
	}
}

export function formatIssue(issue: StoryIssue): string {
	const where = `${issue.file}:${issue.line}:${issue.col}`;
	return issue.field ? `${where} ${issue.field}: ${issue.message}` : `${where} ${issue.message}`;
}

/** `['steps', 3, 'view', 'zoom']` → `steps[3].view.zoom` */
export function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key) => {
		if (typeof key === 'number') return `${out}[${key}]`;
		return out ? `${out}.${String(key)}` : String(key);
	}, '');
}
