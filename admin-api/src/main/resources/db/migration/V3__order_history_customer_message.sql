-- OrderStatusChanged v2 splits staff's note from what the customer is told; staff see both.
alter table order_history add column customer_message text;
