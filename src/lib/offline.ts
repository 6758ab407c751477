// Offline use (classroom): the service worker (src/service-worker.ts) precaches the site after
// one visit. Registered from every page except the embeds, and never where the browser refuses
// (sandboxed frames, private modes): offline support is a bonus, never an error. Registered once
// the page has loaded: precaching the site must not compete with the first view for the network.
import { base } from '$app/paths';
import { dev } from '$app/environment';
import { deLocalizeHref } from '$lib/paraglide/runtime';

export function registerServiceWorker(pathname: string): void {
	// Not in `npm run dev`: a cached page would hide an author's latest content edit.
	if (dev || deLocalizeHref(pathname).startsWith(`${base}/embed`)) return;
	try {
		if (!('serviceWorker' in navigator)) return;
		const register = () => navigator.serviceWorker.register(`${base}/service-worker.js`, { type: 'classic' }).catch(() => {});
		// In a task of its own, when the browser is idle: registering takes a moment of main thread.
		const later = () => (window.requestIdleCallback ?? setTimeout)(register);
		if (document.readyState === 'complete') later();
		else addEventListener('load', later, { once: true });
	} catch {
		// Reading navigator.serviceWorker throws in sandboxed frames.
	}
}
