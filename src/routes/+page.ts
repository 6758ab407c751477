// /uk/ and /ru/ are the story page in those languages: their root keeps its slash (with the default
// 'never', SvelteKit would redirect /uk/ to /uk).
export const trailingSlash = 'always';
