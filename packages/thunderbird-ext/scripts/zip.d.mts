export function crc32(buf: Uint8Array): number;
export function zipDirectory(dir: string, outFile: string): string[];
export function readZip(buf: Buffer): Map<string, Buffer>;
