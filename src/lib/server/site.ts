// Where the site will live, for absolute URLs (share images, embeds). Set PUBLIC_BASE_URL when
// building for a deployment, e.g. PUBLIC_BASE_URL=https://graphics.example.org/rupture npm run build.
// Without it, URLs stay relative to the page, which works for local use and offline copies.
export function siteUrl(): string {
	return (process.env.PUBLIC_BASE_URL ?? '').replace(/\/+$/, '');
}
