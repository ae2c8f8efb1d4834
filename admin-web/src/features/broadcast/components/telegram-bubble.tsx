/** The message as a Telegram chat shows it: a bubble with the text as sent, and its URL button under it. */
export function TelegramBubble({ text, buttonText }: { text: string; buttonText?: string }) {
  return (
    <figure className="tg-chat" aria-label="Preview as in Telegram">
      <div className="tg-bubble">
        <p className="tg-text">{text}</p>
        <span className="tg-time">now</span>
      </div>
      {buttonText && <div className="tg-button">{buttonText} ↗</div>}
    </figure>
  );
}
