/*
 * Explainer embed loader. Put it after one or more
 *   <iframe data-explainer-embed src="https://…/embed" title="…"></iframe>
 * on an article page:
 *   <script src="https://…/embed.js" async></script>
 * It sizes each iframe to its content and tells it where it sits in the page's viewport, so the
 * story inside scrolls with the article. It tells the iframes at start, on every scroll (of any
 * kind: wheel, touch, keys, scrollbar, scripts, find-in-page, anchors all fire `scroll`) and
 * resize of the page, and whenever the page's layout or an iframe's size changes; an iframe
 * on another site may not render while it is off screen, so it never waits for the iframe to
 * notice anything by itself. It accepts only messages that come from one of its
 * iframes and have the expected shape (ours, or pym.js's height format); it never evaluates
 * anything from a message, sets no cookies and stores nothing.
 */
(function () {
	'use strict';
	if (window.__explainerEmbed) return window.__explainerEmbed.scan();

	var frames = [];
	var pending = false;
	var PYM = /^pymxPYMx[\w-]{1,100}xPYMxheightxPYMx(\d{1,7})$/;

	function isHeight(n) {
		return typeof n === 'number' && isFinite(n) && n >= 0 && n <= 1000000;
	}

	function originOf(frame) {
		try {
			return new URL(frame.src, location.href).origin;
		} catch (e) {
			return null;
		}
	}

	function send(frame) {
		var win = frame.contentWindow;
		if (!win) return;
		var rect = frame.getBoundingClientRect();
		var message = { type: 'explainer:geometry', top: rect.top, viewportHeight: window.innerHeight };
		var origin = originOf(frame);
		try {
			// A sandboxed iframe without allow-same-origin has an opaque origin: it can only be reached with '*'.
			win.postMessage(message, frame.sandbox && frame.sandbox.length && !frame.sandbox.contains('allow-same-origin') ? '*' : origin || '*');
		} catch (e) {
			/* the frame navigated away or is closing */
		}
	}

	function update() {
		pending = false;
		for (var i = 0; i < frames.length; i++) send(frames[i]);
	}

	function schedule() {
		if (pending) return;
		pending = true;
		requestAnimationFrame(update);
	}

	function frameFor(source) {
		for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
		return null;
	}

	function setHeight(frame, height) {
		if (!isHeight(height)) return;
		var px = Math.ceil(height) + 'px';
		if (frame.style.height !== px) frame.style.height = px;
		schedule();
	}

	window.addEventListener('message', function (event) {
		var frame = frameFor(event.source);
		if (!frame) return;
		var data = event.data;
		if (typeof data === 'string') {
			var match = PYM.exec(data);
			if (match) setHeight(frame, Number(match[1]));
			return;
		}
		if (!data || typeof data !== 'object') return;
		if (data.type === 'explainer:height') setHeight(frame, data.height);
		else if (data.type === 'explainer:ready') send(frame);
	});

	function scan() {
		var found = document.querySelectorAll('iframe[data-explainer-embed]');
		for (var i = 0; i < found.length; i++) {
			var frame = found[i];
			if (frames.indexOf(frame) !== -1) continue;
			frames.push(frame);
			frame.style.width = frame.style.width || '100%';
			frame.style.border = frame.style.border || '0';
			// A block, so that the article's column centres it as it centres its other blocks.
			frame.style.display = frame.style.display || 'block';
			if (layout) layout.observe(frame);
			frame.setAttribute('scrolling', 'no');
			frame.addEventListener('load', function (e) { send(e.target); });
			send(frame);
		}
	}

	// Content above an iframe that grows or shrinks (images, ads, late fonts) moves it without
	// a scroll; so does a change of its own size.
	var layout = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
	if (layout) layout.observe(document.documentElement);

	window.addEventListener('scroll', schedule, { passive: true });
	window.addEventListener('resize', schedule);
	window.__explainerEmbed = { scan: scan };
	scan();
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
