package com.telekpr.notification.domain;

import java.util.UUID;

/** A message waiting to be sent, as the scheduler knows it: which, to whom, in what order and line. */
public record Ticket(UUID id, long chatId, long seq, Lane lane) {
}
