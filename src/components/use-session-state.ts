import { useEffect, useLayoutEffect, useState } from 'preact/hooks';

/** How one island's state is kept in sessionStorage; parse and serialize are its own pure, unit-tested functions. */
export interface SessionStore<T> {
	readonly key: string;
	readonly empty: () => T;
	/** Never throws: anything unreadable comes back empty. */
	readonly parse: (json: string | null) => T;
	/** null when there is nothing worth keeping: the key is then removed. */
	readonly serialize: (value: T) => string | null;
}

/**
 * State kept per tab, so a reload or the language switch loses nothing. It starts empty, as in
 * the server's HTML, and is read from storage after the first render; `restored` says when.
 * `onRestore` may adjust what was read (the generator applies a linked situation). Storage can be
 * unavailable (private mode, blocked by settings): the island then works as before, unsaved.
 */
export function useSessionState<T>(store: SessionStore<T>, onRestore: (saved: T) => T = (saved) => saved) {
	const [value, setValue] = useState<T>(store.empty);
	const [restored, setRestored] = useState(false);

	useEffect(() => {
		try {
			setValue(onRestore(store.parse(sessionStorage.getItem(store.key))));
		} catch {
			setValue(onRestore(store.empty()));
		}
		setRestored(true);
	}, []);
	// Saved as the render commits, not after paint: a reload straight after typing keeps the last keystroke.
	useLayoutEffect(() => {
		if (!restored) return;
		try {
			const json = store.serialize(value);
			if (json) sessionStorage.setItem(store.key, json);
			else sessionStorage.removeItem(store.key);
		} catch {
			/* not saved; what was typed is still on screen */
		}
	}, [value, restored]);

	return [value, setValue, restored] as const;
}
