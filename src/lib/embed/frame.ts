// The iframe's side of embedding: report the content height to the host page (in our own
// format and, when a pym.js parent opened us, in pym's), and listen for the host loader's
// geometry. Messages are accepted only from the parent window and only in the expected shape.
import { parseGeometry, pymHeightMessage, type GeometryMessage } from './protocol';

export const inFrame = (): boolean => {
	try {
		return window.parent !== window;
	} catch {
		return true;
	}
};

/** The pym.js child id, when a pym.Parent created this iframe (it adds ?childId=…). */
export function pymChildId(): string | null {
	const id = new URLSearchParams(location.search).get('childId');
	return id && /^[\w-]{1,100}$/.test(id) ? id : null;
}

function post(message: unknown): void {
	try {
		// Only a number or a step id is sent, so any parent origin may read it.
		window.parent.postMessage(message, '*');
	} catch {
		// No parent to tell (opened directly, or the parent is gone).
	}
}

/** Keeps the host informed of the content height; returns a cleanup. */
export function reportHeight(element: HTMLElement): () => void {
	if (!inFrame()) return () => {};
	const childId = pymChildId();
	let last = 0;
	const send = () => {
		const height = Math.ceil(element.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		post({ type: 'explainer:height', height });
		if (childId) post(pymHeightMessage(childId, height));
	};
	const observer = new ResizeObserver(send);
	observer.observe(element);
	send();
	return () => observer.disconnect();
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
