// @ts-nocheck -- plain browser script, served as is to the stand-in WordPress page
// A stand-in for WordPress 6.1's wp-embed script (wp-includes/js/wp-embed.js), written from its
// documented behaviour for the embed tests: it listens for { message, value, secret } from the
// iframes it embedded, shows an iframe (and hides its blockquote fallback) on the first message,
// sets the height it asks for clamped to 200–1,000 px, and opens a `link` in the top window
// when the URL is on the iframe's own host and the iframe has focus (after a click in it).
(function () {
	'use strict';
	window.addEventListener('message', function (e) {
		var data = e.data;
		if (!data || !(data.secret || data.message || data.value)) return;
		if (/[^a-zA-Z0-9]/.test(data.secret)) return;
		var quotes = document.querySelectorAll('blockquote[data-secret="' + data.secret + '"]');
		var frames = document.querySelectorAll('iframe[data-secret="' + data.secret + '"]');
		for (var q = 0; q < quotes.length; q++) quotes[q].style.display = 'none';
		for (var i = 0; i < frames.length; i++) {
			var frame = frames[i];
			if (e.source !== frame.contentWindow) continue;
			frame.removeAttribute('style');
			if (data.message === 'height') {
				var height = parseInt(data.value, 10);
				if (height > 1000) height = 1000;
				else if (~~height < 200) height = 200;
				frame.height = height;
			}
			if (data.message === 'link') {
				var source = document.createElement('a');
				var target = document.createElement('a');
				source.href = frame.getAttribute('src');
				target.href = data.value;
				if (target.host === source.host && document.activeElement === frame) window.top.location.href = data.value;
			}
		}
	});
})();
