/**
 * Chromium (seen in 156, i.e. Outlook on the web in Chrome/Edge and new Outlook / WebView2) keeps
 * ISO-2022-JP decoder state across non-streaming `decode()` calls on a reused TextDecoder: the
 * second call on the same instance starts with U+FFFD. The WHATWG Encoding standard says a call
 * without `{ stream: true }` starts from a fresh decoder, and Node does so. The core caches its
 * decoders, so a Japanese subject would read "�【重要】…" in the pane but "【重要】…" in the CLI.
 *
 * When (and only when) the engine shows the bug, every non-streaming ISO-2022-JP decode gets a
 * fresh decoder, which is what the standard prescribes anyway.
 */

const PROBE = [0x1b, 0x24, 0x42, 0x24, 0x22, 0x1b, 0x28, 0x42]; // ESC $ B 「あ」 ESC ( B

/** True when a reused ISO-2022-JP TextDecoder garbles its second non-streaming decode. */
export function hasIso2022jpReuseBug(): boolean {
  try {
    const d = new TextDecoder('iso-2022-jp');
    const bytes = Uint8Array.from(PROBE);
    return d.decode(bytes) !== d.decode(bytes);
  } catch {
    return false; // no ISO-2022-JP support at all: nothing to fix here
  }
}

const FIXED = Symbol.for('ayashii.textDecoderFix');

/** Installs the work-around if needed; returns whether it did. Idempotent. */
export function installTextDecoderFix(): boolean {
  if (typeof TextDecoder === 'undefined') return false;
  const proto = TextDecoder.prototype as TextDecoder & { [FIXED]?: true };
  if (proto[FIXED] || !hasIso2022jpReuseBug()) return false;
  const original = proto.decode;
  // A decoder in the middle of a stream must finish that stream itself.
  const streaming = new WeakSet<TextDecoder>();
  Object.defineProperty(proto, 'decode', {
    configurable: true,
    writable: true,
    value: function decode(this: TextDecoder, input?: AllowSharedBufferSource, options?: TextDecodeOptions): string {
      if (options?.stream) streaming.add(this);
      else if (streaming.has(this)) streaming.delete(this);
      else if (this.encoding === 'iso-2022-jp') {
        const fresh = new TextDecoder('iso-2022-jp', { fatal: this.fatal, ignoreBOM: this.ignoreBOM });
        return original.call(fresh, input, options);
      }
      return original.call(this, input, options);
    },
  });
  Object.defineProperty(proto, FIXED, { value: true });
  return true;
}
