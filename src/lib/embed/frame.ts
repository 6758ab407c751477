// The iframe's side of embedding: report the content height to the host page (in our own
// format, in pym's when a pym.js parent opened us, and in WordPress's when WordPress did), and
// listen for the host loader's geometry. Messages are accepted only from the parent window and
// only in the expected shape.
//
// Chromium does not render an off-screen iframe from another origin: no animation frames and no
// ResizeObserver callbacks until it scrolls into view (tasks, message and resize events still
// run). So the height cannot be left to a ResizeObserver alone: it is also checked on the
// frame's resize events, when fonts load, and whenever the host's geometry changes what we draw.
import { parseGeometry, pymHeightMessage, wordpressHeightMessage, wordpressLinkMessage, type GeometryMessage } from './protocol';

export const inFrame = (): boolean => {
	try {
		return window.parent !== window;
	} catch {
		return true;
	}
};

/** A sandboxed frame without allow-same-origin has an opaque origin ("null"). */
export const sandboxed = (): boolean => self.origin === 'null';

/** The pym.js child id, when a pym.Parent created this iframe (it adds ?childId=…). */
export function pymChildId(): string | null {
	const id = new URLSearchParams(location.search).get('childId');
	return id && /^[\w-]{1,100}$/.test(id) ? id : null;
}

/** WordPress's embed secret, when WordPress embedded us through oEmbed (it adds #?secret=…). */
export function wordpressSecret(): string | null {
	// WordPress's own receiver refuses secrets with anything but letters and digits.
	const match = /^#\?secret=([A-Za-z0-9]{1,64})$/.exec(location.hash);
	return match ? match[1] : null;
}

function post(message: unknown): void {
	try {
		// Only numbers, a step id or our own URL are sent, so any parent origin may read them.
		window.parent.postMessage(message, '*');
	} catch {
		// No parent to tell (opened directly, or the parent is gone).
	}
}

export interface HeightReporter {
	/** Measures now and tells the host if the height changed. Cheap when layout is clean. */
	check: () => void;
	stop: () => void;
}

/** Keeps the host informed of the content height. */
export function reportHeight(element: HTMLElement): HeightReporter {
	if (!inFrame()) return { check: () => {}, stop: () => {} };
	const childId = pymChildId();
	const secret = wordpressSecret();
	let last = 0;
	const check = () => {
		const height = Math.ceil(element.getBoundingClientRect().height);
		if (height === last || height === 0) return;
		last = height;
		post({ type: 'explainer:height', height });
		if (childId) post(pymHeightMessage(childId, height));
		if (secret) post(wordpressHeightMessage(secret, height));
	};
	// Newer wp-embed scripts say `ready` when they start listening, which may be after our
	// first height: tell it again.
	const onReady = (event: MessageEvent) => {
		const data = event.data as { message?: unknown; secret?: unknown } | null;
		if (!secret || event.source !== window.parent || !data || data.message !== 'ready' || data.secret !== secret) return;
		last = 0;
		check();
	};
	const observer = new ResizeObserver(check);
	observer.observe(element);
	window.addEventListener('resize', check);
	window.addEventListener('message', onReady);
	document.fonts?.addEventListener('loadingdone', check);
	check();
	return {
		check,
		stop: () => {
			observer.disconnect();
			window.removeEventListener('resize', check);
			window.removeEventListener('message', onReady);
			document.fonts?.removeEventListener('loadingdone', check);
		}
	};
}

/**
 * Asks WordPress to open `url` in the top window (its wp-embed script does, for a URL on our own
 * host, after a click in the frame). Returns false when WordPress did not embed us.
 */
export function openThroughWordPress(url: string): boolean {
	const secret = wordpressSecret();
	if (!secret) return false;
	post(wordpressLinkMessage(secret, new URL(url, location.href).href));
	return true;
}

export function reportStep(id: string): void {
	if (inFrame()) post({ type: 'explainer:step', id });
}

/** Calls `onGeometry` for every valid geometry message from the parent; returns a cleanup. */
export function listenToHost(onGeometry: (g: GeometryMessage) => void): () => void {
	const onMessage = (event: MessageEvent) => {
		if (event.source !== window.parent || event.source === window) return;
		const geometry = parseGeometry(event.data);
		if (geometry) onGeometry(geometry);
	};
	window.addEventListener('message', onMessage);
	post({ type: 'explainer:ready' });
	return () => window.removeEventListener('message', onMessage);
}
