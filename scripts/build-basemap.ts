// `npm run geo` (second half): writes static/geo/basemap.svg, the shapes the static map uses.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { basemapSvg } from '../src/lib/server/basemap';

const svg = basemapSvg();
writeFileSync('static/geo/basemap.svg', svg);
console.log(`static/geo/basemap.svg: ${svg.length} bytes, ${gzipSync(svg).length} gzip`);
