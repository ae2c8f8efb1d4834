/**
 * The bot's rules in plain Java, and the words they share: an update ({@link com.telekpr.gateway.domain.ChatUpdate})
 * with what is known before deciding ({@link com.telekpr.gateway.domain.Request}), what a flow needs from other
 * services ({@link com.telekpr.gateway.domain.Lookup}) and their answers ({@link com.telekpr.gateway.domain.Facts}),
 * the button data format ({@link com.telekpr.gateway.domain.Press}) and the outcome
 * ({@link com.telekpr.gateway.domain.Turn}). What decides is in {@code flow}; what the user sees, in {@code screen}.
 */
package com.telekpr.gateway.domain;
