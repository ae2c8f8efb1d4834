import { useDeferredValue, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { AUDIENCES, previewQuery, useSendBroadcast, type BroadcastOrder } from '../api/broadcast-api';
import { EmojiPicker } from './emoji-picker';
import { TelegramBubble } from './telegram-bubble';
import { Field, FormError, TextField } from '@/components/ui/field';
import { useNotify } from '@/components/ui/toasts';
import { toFieldErrors, messageOf } from '@/api/errors';
import { BROADCAST_LIMIT, charactersLeft } from '@/utils/telegram-text';
import { formatCount } from '@/utils/format';

const EMPTY: BroadcastOrder = { title: '', emoji: '', message: '', audience: 'all', buttonText: '', buttonUrl: '' };

/** Title, emoji, text (counted as Telegram counts), audience with its size, an optional URL button; test, or send. */
export function Composer({ onStarted }: { onStarted: (id: string) => void }) {
  const [order, setOrder] = useState<BroadcastOrder>(EMPTY);
  const draft = useDeferredValue(order);
  const preview = useQuery(previewQuery(draft));
  const send = useSendBroadcast();
  const notify = useNotify();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const left = charactersLeft(preview.data?.text ?? `${order.emoji ?? ''} ${order.title ?? ''}\n\n${order.message ?? ''}`, BROADCAST_LIMIT);
  const set = (key: keyof BroadcastOrder) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setOrder({ ...order, [key]: event.target.value });
  const body = (testMode: boolean): BroadcastOrder => ({ ...order, testMode, buttonText: order.buttonText || undefined, buttonUrl: order.buttonUrl || undefined });

  function go(testMode: boolean) {
    setErrors({});
    send.mutate(body(testMode), {
      onSuccess: (answer) => {
        if (testMode) notify(answer.success ? 'success' : 'error', answer.success ? `Test sent to your chat (${answer.sent ?? 0}).` : `Test not delivered (${answer.failed ?? 0} failed).`);
        const id = answer.broadcastId ?? answer.id;
        if (!testMode && id) onStarted(id);
      },
      onError: (error) => setErrors(toFieldErrors(error)),
    });
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    const count = preview.data?.recipients ?? 0;
    if (window.confirm(`Send this to ${formatCount(count)} ${count === 1 ? 'person' : 'people'} (${AUDIENCES.find(([a]) => a === order.audience)?.[1]})? It cannot be unsent.`)) go(false);
  }
  const ready = Boolean(order.message?.trim()) && left >= 0;
  return (
    <form className="broadcast" onSubmit={submit} aria-label="Compose a broadcast" noValidate>
      <div className="stack">
        <FormError message={errors.root} />
        <TextField label="Title" value={order.title} maxLength={100} error={errors.title} onChange={set('title')} />
        <EmojiPicker value={order.emoji ?? ''} onChange={(emoji) => setOrder({ ...order, emoji })} />
        <Field label="Message" error={errors.message ?? (left < 0 ? `${-left} over Telegram's limit` : undefined)} hint={<span data-testid="characters-left">{left} of {BROADCAST_LIMIT} left</span>}>
          {(props) => <textarea {...props} rows={8} value={order.message} onChange={set('message')} />}
        </Field>
        <Field label="Audience" error={errors.audience} hint={preview.data ? <span data-testid="recipients">Reaches {formatCount(preview.data.recipients)} now</span> : undefined}>
          {(props) => <select {...props} value={order.audience} onChange={set('audience')}>{AUDIENCES.map(([value, label]) => <option key={value} value={value}>{label}</option>)}</select>}
        </Field>
        <TextField label="Button text (optional)" value={order.buttonText} error={errors.buttonText} onChange={set('buttonText')} />
        <TextField label="Button URL (optional, https)" type="url" value={order.buttonUrl} error={errors.buttonUrl} onChange={set('buttonUrl')} />
        {preview.isError && <p className="field-error" role="alert">{messageOf(preview.error)}</p>}
        <div className="actions">
          <button type="button" className="button" disabled={!ready || send.isPending} onClick={() => go(true)}>Send test to my chat</button>
          <button type="submit" className="button button-primary" disabled={!ready || send.isPending || !preview.data?.recipients}>Send to audience…</button>
        </div>
      </div>
      <TelegramBubble text={preview.data?.text ?? ([order.emoji, order.title].filter(Boolean).join(' ') + (order.message ? `\n\n${order.message}` : ''))} buttonText={order.buttonText || undefined} />
    </form>
  );
}
