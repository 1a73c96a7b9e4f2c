import fs from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { sha256Hex } from '../../../domain/canonical';

/**
 * The files of the published page's offline layer: the service worker (/r/sw.js, so that its
 * scope can be /r/), the small registration script and the app icons. All are built once per
 * process; the script and icons have content-hashed names (cacheable for a year), the worker
 * a fixed one (browsers check it for updates; its first line names the build).
 */
export interface OfflineAssets {
  scriptHref: string;
  script: string;
  worker: string;
  icons: { href: string; size: number; png: Buffer }[];
  /** a PNG inside an ICO container: /favicon.ico */
  favicon: Buffer;
}

const source = (file: string) =>
  fs.readFileSync(new URL(`./offline/${file}`, import.meta.url), 'utf8');
const short = (content: string | Buffer) =>
  sha256Hex(typeof content === 'string' ? content : content.toString('base64')).slice(0, 12);

/** A checklist in the page's accent colour: three ticked rows. No text, so no font is needed. */
const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
<rect width="64" height="64" rx="12" fill="#0b4f8a"/>
<g fill="none" stroke="#fff" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">
<path d="M14 18l4 4 7-8M14 33l4 4 7-8M14 48l4 4 7-8"/><path d="M32 19h18M32 34h18M32 49h18"/>
</g></svg>`;

function iconPng(size: number): Buffer {
  const resvg = new Resvg(ICON_SVG, {
    fitTo: { mode: 'width', value: size },
    font: { loadSystemFonts: false },
  });
  return resvg.render().asPng();
}

/** An .ico file holding one PNG (every current browser reads PNG-in-ICO). */
function icoOf(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(1, 4);
  header.writeUInt8(size >= 256 ? 0 : size, 6);
  header.writeUInt8(size >= 256 ? 0 : size, 7);
  header.writeUInt16LE(1, 10);
  header.writeUInt16LE(32, 12);
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18);
  return Buffer.concat([header, png]);
}

/** Builds the files; `cssHref` is stored by the worker at install (the page's stylesheet). */
export function buildOfflineAssets(cssHref: string | null, limit = 20): OfflineAssets {
  const script = source('register.js');
  const scriptHref = `/r/assets/offline.${short(script)}.js`;
  const icons = [192, 512].map((size) => {
    const png = iconPng(size);
    return { href: `/r/assets/icon-${size}.${short(png)}.png`, size, png };
  });
  const favicon = icoOf(iconPng(32), 32);
  const assets = [...(cssHref ? [cssHref] : []), scriptHref, ...icons.map((i) => i.href)];
  const body = source('sw.js');
  const build = short(JSON.stringify(assets) + body);
  const worker = `const CONFIG = ${JSON.stringify({ build, limit, assets })};\n${body}`;
  return { scriptHref, script, worker, icons, favicon };
}
