/**
 * The flows: which one an update belongs to ({@link com.telekpr.gateway.domain.flow.Bot}), then the wizards and
 * desks, each deciding what to look up, where the conversation goes and which commands are sent. The wizards'
 * prompts and the order screens are in {@code domain.screen}, with the texts of every message.
 */
package com.telekpr.gateway.domain.flow;
