// spec: tooling §6.4, §7.2 — what the gateway serves: community icons (svg/png), app sounds (wav), bazaar JSON.

const BY_EXTENSION: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  json: 'application/json',
  geojson: 'application/geo+json',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  htm: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  wav: 'audio/wav',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  mp4: 'video/mp4',
  pdf: 'application/pdf',
  zip: 'application/zip',
  wasm: 'application/wasm',
};

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
  return prefix.every((b, i) => bytes[offset + i] === b);
}

/** Content type from the file name's extension, else sniffed from the first bytes (a bare CID has no name). */
export function contentTypeFor(name: string, content: Uint8Array): string {
  const dot = name.lastIndexOf('.');
  const ext = dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
  const known = BY_EXTENSION[ext];
  if (known !== undefined) return known;
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(content, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(content, [0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  if (startsWith(content, [0x52, 0x49, 0x46, 0x46]) && startsWith(content, [0x57, 0x41, 0x56, 0x45], 8)) {
    return 'audio/wav';
  }
  if (startsWith(content, [0x25, 0x50, 0x44, 0x46])) return 'application/pdf';
  if (startsWith(content, [0x50, 0x4b, 0x03, 0x04])) return 'application/zip';
  let text: string;
  try {
    // stream: true tolerates a multi-byte character cut at the 4 KiB boundary.
    text = new TextDecoder('utf-8', { fatal: true }).decode(content.subarray(0, 4096), { stream: true });
  } catch {
    return 'application/octet-stream';
  }
  const head = text.trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(head)) return 'image/svg+xml';
  if (head.startsWith('{') || head.startsWith('[')) {
    try {
      JSON.parse(new TextDecoder().decode(content));
      return 'application/json';
    } catch {
      // not JSON after all
    }
  }
  return 'text/plain; charset=utf-8';
}
