/** Telegram's limit for a broadcast text here (PRD §3.4.4), counted as Telegram counts: UTF-16 code units. */
export const BROADCAST_LIMIT = 3900;

/** The length Telegram sees: UTF-16 code units, so 😀 counts 2 and é (precomposed) counts 1. */
export function telegramLength(text: string): number {
  return text.length;
}

export function charactersLeft(text: string, limit = BROADCAST_LIMIT): number {
  return limit - telegramLength(text);
}
