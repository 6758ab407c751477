// The current step of a presentation, shared by every presenting window of this browser (the
// projector window and the speaker view): a BroadcastChannel carries step changes both ways,
// sessionStorage remembers the step across a reload, and the address follows it (#<step-id>,
// with replaceState). Storage and BroadcastChannel may be missing (sandboxed iframes, strict
// privacy settings): then the window simply presents on its own.
import { followHash, stepFromHash } from '$lib/scroll/hash';
import { CHANNEL_NAME, STEP_KEY, parseMessage, parseStoredIndex, type PresentMessage } from './protocol';

export class PresentSync {
	/** Index of the current step in `ids`. */
	index = $state(0);
	readonly ids: readonly string[];
	#channel: BroadcastChannel | null = null;

	constructor(ids: readonly string[]) {
		this.ids = ids;
	}

	get count(): number {
		return this.ids.length;
	}

	/**
	 * Joins the other windows. A deep link (#<step-id>) wins and is announced to them; otherwise
	 * the tab's remembered step, then whatever step a window already presenting answers with.
	 * Returns the cleanup.
	 */
	connect(): () => void {
		try {
			this.#channel = new BroadcastChannel(CHANNEL_NAME);
			this.#channel.onmessage = (event) => this.#receive(event.data);
		} catch {
			this.#channel = null;
		}
		const fromHash = stepFromHash(location.hash, this.ids as string[]);
		if (fromHash >= 0) {
			this.#set(fromHash);
			this.#post({ type: 'step', id: this.ids[fromHash] });
		} else {
			const stored = parseStoredIndex(readStorage(STEP_KEY), this.count);
			if (stored >= 0) {
				this.#set(stored);
				// After hydration: SvelteKit's replaceState needs the router running.
				setTimeout(() => this.#followHash(), 0);
			}
			this.#post({ type: 'hello' });
		}
		// Someone edits the address (#some-step) by hand.
		const onHashChange = () => {
			const index = stepFromHash(location.hash, this.ids as string[]);
			if (index >= 0 && index !== this.index) this.go(index);
		};
		addEventListener('hashchange', onHashChange);
		return () => {
			removeEventListener('hashchange', onHashChange);
			try {
				this.#channel?.close();
			} catch {
				// Already closed.
			}
			this.#channel = null;
		};
	}

	/** Moves this window (and every other) to a step. */
	go(index: number): void {
		const target = Math.max(0, Math.min(this.count - 1, Math.round(index)));
		if (target === this.index) return;
		this.#set(target);
		this.#followHash();
		this.#post({ type: 'step', id: this.ids[target] });
	}

	next = () => this.go(this.index + 1);
	prev = () => this.go(this.index - 1);
	first = () => this.go(0);
	last = () => this.go(this.count - 1);

	#receive(data: unknown) {
		const message = parseMessage(data, this.ids);
		if (!message) return;
		if (message.type === 'hello') {
			this.#post({ type: 'step', id: this.ids[this.index] });
			return;
		}
		const index = this.ids.indexOf(message.id);
		if (index === this.index) return;
		this.#set(index);
		this.#followHash();
	}

	#set(index: number) {
		this.index = index;
		writeStorage(STEP_KEY, String(index));
	}

	#followHash() {
		try {
			followHash(this.ids[this.index]);
		} catch {
			// Before the router starts (or with no history API): the address just stays.
		}
	}

	#post(message: PresentMessage) {
		try {
			this.#channel?.postMessage(message);
		} catch {
			// The channel closed under us.
		}
	}
}

export function readStorage(key: string): string | null {
	try {
		return sessionStorage.getItem(key);
	} catch {
		return null;
	}
}

export function writeStorage(key: string, value: string): void {
	try {
		sessionStorage.setItem(key, value);
	} catch {
		// Storage unavailable or full: the step is simply not remembered.
	}
}
