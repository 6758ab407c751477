// The scrolling story's step texts are rendered here, once, on the server, and put into the page
// by hooks.server.ts in place of each step's slot (see src/lib/story/slots.ts). They never
// change, so the page neither sends their data to the browser nor hydrates them: hydrating the
// cards (chart, tables, source lines) was the largest part of the page's start-up work on phones.
import { render } from 'svelte/server';
import StepText from '$lib/components/StepText.svelte';
import type { Story } from '$lib/story/types';

/** Step id → the step's text as HTML, without Svelte's hydration markers (nothing hydrates it). */
export function stepTexts(story: Story): Map<string, string> {
	return new Map(story.steps.map((step) => [step.id, stripComments(render(StepText, { props: { step, data: story.data } }).body)]));
}

// The page's text comes from Markdown rendered with raw HTML off, so the only comments here are
// Svelte's markers. They must go: the slot's hydration ends at the first empty comment.
const stripComments = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');
