const EMOJI = ['📢', '🎉', '🔥', '⚡', '🛠️', '⏰', '✅', '❗', '💰', '🎁', '📦', '👋'];

/** A short row of the emoji an announcement starts with; the chosen one is pressed. */
export function EmojiPicker({ value, onChange }: { value: string; onChange: (emoji: string) => void }) {
  return (
    <fieldset className="emoji-picker">
      <legend>Emoji</legend>
      {EMOJI.map((emoji) => (
        <button key={emoji} type="button" className="emoji" aria-pressed={value === emoji} aria-label={`Emoji ${emoji}`} onClick={() => onChange(value === emoji ? '' : emoji)}>{emoji}</button>
      ))}
    </fieldset>
  );
}
