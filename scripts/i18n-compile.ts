// `npm run i18n:compile`: writes src/lib/paraglide (generated, ignored) from the interface
// messages, as the Vite plugin does at build time; `npm run check` runs it first.
import { compile } from '@inlang/paraglide-js';
import { PARAGLIDE } from '../src/lib/i18n/paraglide.config';

await compile(PARAGLIDE);
