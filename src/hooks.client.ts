// SvelteKit awaits `init` before it takes over the prerendered page. Waiting one task here lets
// the browser finish the first paint and handle input between loading the page's scripts and
// hydrating, instead of running both as one long task on a slow phone. The page is readable
// and scrollable throughout: it is prerendered HTML.
export const init = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
