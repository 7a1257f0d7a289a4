/** A header's name as mail writes it (`reply-to` → `Reply-To`, `message-id` → `Message-ID`), for both locales. */
export function headerName(name: string): string {
  return name.toLowerCase() === 'message-id' ? 'Message-ID' : name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());
}
