import { Dialog } from '@/components/ui/dialog';
import type { OrderSummary } from '../api/orders-queries';
import type { RowMenuAction } from './row-menu';
import { StatusForm } from './status-form';
import { AssignForm, NoteForm, QueueForm } from './small-forms';
import { OrderDrawer } from './order-drawer';

const TITLES: Record<RowMenuAction, string> = {
  view: 'Order details', status: 'Change status', assign: 'Assign to operator', note: 'Add note', queue: 'Move in queue', cancel: 'Cancel order',
};

interface OrderActionDialogProps {
  open: { action: RowMenuAction; order: OrderSummary } | null;
  onClose: () => void;
}

/** The dialog (or, for details, the drawer) of the row menu's choice. */
export function OrderActionDialog({ open, onClose }: OrderActionDialogProps) {
  const order = open?.order;
  return (
    <Dialog title={open ? TITLES[open.action] : ''} open={Boolean(open)} onClose={onClose} variant={open?.action === 'view' ? 'drawer' : 'dialog'}>
      {order && open?.action === 'view' && order.orderId && <OrderDrawer orderId={order.orderId} />}
      {order && open?.action === 'status' && <StatusForm order={order} onDone={onClose} />}
      {order && open?.action === 'cancel' && <StatusForm order={order} onDone={onClose} preset="cancelled" />}
      {order && open?.action === 'assign' && <AssignForm order={order} onDone={onClose} />}
      {order && open?.action === 'note' && <NoteForm order={order} onDone={onClose} />}
      {order && open?.action === 'queue' && <QueueForm order={order} onDone={onClose} />}
    </Dialog>
  );
}
