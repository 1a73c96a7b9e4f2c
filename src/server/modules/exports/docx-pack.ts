import type { Document } from 'docx';
import { Packer } from 'docx';
import { type Zippable, zipSync } from 'fflate';

/**
 * A Word file whose pictures are still being drawn when its XML is written.
 *
 * docx's `Packer.toBuffer` compiles the document into its package's files and zips them in
 * one synchronous call, so a picture's bytes are needed before any XML is written. The
 * diagram's PNG takes as long as the XML (~130 ms for a 25-actor routine) and is drawn on
 * libuv's thread pool (diagram-png.ts), so the two run side by side: the document is built
 * with a stand-in for each picture, compiled by the same compiler `Packer` uses, and zipped
 * (with fflate, as `Packer` does) once the real bytes have arrived. docx is pinned to an
 * exact version in package.json; its compiler is not public API, hence the check below.
 */
interface DocxCompiler {
  compile(file: Document): Map<string, string | Uint8Array>;
}

const compiler = (Packer as unknown as { compiler?: DocxCompiler }).compiler;

/** A picture whose bytes come later: `standIn` goes in the ImageRun, `bytes` replaces it. */
export interface LatePicture {
  standIn: Uint8Array;
  bytes: Promise<Uint8Array>;
}

export async function packDocx(doc: Document, pictures: LatePicture[]): Promise<Buffer> {
  if (typeof compiler?.compile !== 'function')
    throw new Error('docx.Packer has no compiler: check docx-pack.ts against the docx version');
  const files = compiler.compile(doc);
  const zippable: Zippable = {};
  const late: [string, Promise<Uint8Array>][] = [];
  for (const [path, data] of files) {
    // The media entry holds the very stand-in object the ImageRun was given.
    const picture = pictures.find((p) => p.standIn === data);
    if (picture) {
      zippable[path] = new Uint8Array(0);
      late.push([path, picture.bytes]);
    } else zippable[path] = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  }
  if (late.length !== pictures.length)
    throw new Error('docx-pack: a picture is missing from the compiled package');
  for (const [path, bytes] of late) zippable[path] = await bytes;
  const zip = zipSync(zippable);
  return Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
}
