// Every route is prerendered at build time: the site is static files.
export const prerender = true;
