// A placeholder the server fills with prerendered HTML (hooks.server.ts). The same string is
// rendered on the server and in the browser, so Svelte's {@html} hydrates it without a mismatch
// and keeps whatever the server put in its place.

export const stepTextSlot = (id: string) => `<!--step-text ${id}-->`;

/** Matches every step-text slot; the first group is the step id. */
export const STEP_TEXT_SLOT = /<!--step-text ([a-z0-9-]+)-->/g;
