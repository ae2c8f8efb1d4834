package com.telekpr.sandbox.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One pending update: its Telegram JSON ({@code update_id} plus one field named {@code type}) and the chat it
 * belongs to, which webhook delivery keeps in order.
 */
record Update(long updateId, String type, long chatId, ObjectNode json) {
}
