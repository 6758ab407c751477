// The scrolling story's step texts are rendered here, once, on the server, and put into the page
// by hooks.server.ts in place of each step's slot (see src/lib/story/slots.ts). They never
// change, so the page neither sends their data to the browser nor hydrates them: hydrating the
// cards (chart, tables, source lines) was the largest part of the page's start-up work on phones.
// Each text is followed by the step's own map inside <noscript>: without JavaScript the sticky
// map cannot follow the steps, so each step shows its map under its text instead.
import { render } from 'svelte/server';
import StepText from '$lib/components/StepText.svelte';
import NoScriptMap from '$lib/components/NoScriptMap.svelte';
import type { Basemap } from '$lib/map/basemap';
import type { Story } from '$lib/story/types';

/** Step id → the step's text as HTML, without Svelte's hydration markers (nothing hydrates it). */
export function stepTexts(story: Story, basemap: Basemap): Map<string, string> {
	return new Map(
		story.steps.map((step) => {
			const text = render(StepText, { props: { step, layers: story.layers } }).body;
			const map = render(NoScriptMap, { props: { story, basemap, step } }).body;
			return [step.id, stripComments(`${text}<noscript>${map}</noscript>`)];
		})
	);
}

// The page's text comes from Markdown rendered with raw HTML off, so the only comments here are
// Svelte's markers. They must go: the slot's hydration ends at the first empty comment.
const stripComments = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');
