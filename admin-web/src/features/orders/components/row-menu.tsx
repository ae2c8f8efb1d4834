import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { OrderSummary } from '../api/orders-queries';
import { staffMovesFrom } from '@/lib/order-status';

export type RowMenuAction = 'view' | 'status' | 'assign' | 'note' | 'queue' | 'cancel';

const ITEMS: { action: RowMenuAction; label: string; allowed: (order: OrderSummary) => boolean }[] = [
  { action: 'view', label: 'View details', allowed: () => true },
  { action: 'status', label: 'Change status…', allowed: (o) => staffMovesFrom(o.status).some((s) => s !== 'cancelled') },
  { action: 'assign', label: 'Assign to operator…', allowed: (o) => o.status === 'processing' },
  { action: 'note', label: 'Add note…', allowed: () => true },
  { action: 'queue', label: 'Move in queue…', allowed: (o) => o.status === 'pending' },
  { action: 'cancel', label: 'Cancel order…', allowed: (o) => staffMovesFrom(o.status).includes('cancelled') },
];

/** The ⋮ menu of a row: only what the order's status allows; arrow keys move, Escape closes. */
export function RowMenu({ order, onAction }: { order: OrderSummary; onAction: (action: RowMenuAction, order: OrderSummary) => void }) {
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);
  const button = useRef<HTMLButtonElement | null>(null);
  const menu = useRef<HTMLUListElement | null>(null);
  const items = ITEMS.filter((item) => item.allowed(order));

  useEffect(() => {
    if (!place) return undefined;
    menu.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const close = (event: MouseEvent) => { if (!menu.current?.contains(event.target as Node)) setPlace(null); };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [place]);

  function open() {
    const box = button.current?.getBoundingClientRect();
    if (box) setPlace({ top: box.bottom + 4, left: Math.min(box.left, window.innerWidth - 220) });
  }

  function keys(event: React.KeyboardEvent) {
    const buttons = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') { setPlace(null); button.current?.focus(); }
    if (event.key === 'ArrowDown') { event.preventDefault(); buttons[(at + 1) % buttons.length]?.focus(); }
    if (event.key === 'ArrowUp') { event.preventDefault(); buttons[(at - 1 + buttons.length) % buttons.length]?.focus(); }
  }

  return (
    <>
      <button ref={button} type="button" className="icon-button" aria-haspopup="menu" aria-expanded={Boolean(place)}
        aria-label={`Actions for order ${order.orderId?.slice(0, 8) ?? ''}`} onClick={() => (place ? setPlace(null) : open())}>⋮</button>
      {place && createPortal(
        <ul ref={menu} role="menu" className="row-menu" style={{ top: place.top, left: place.left }} onKeyDown={keys}>
          {items.map((item) => (
            <li key={item.action} role="none">
              <button type="button" role="menuitem" onClick={() => { setPlace(null); onAction(item.action, order); }}>{item.label}</button>
            </li>
          ))}
        </ul>, document.body)}
    </>
  );
}
