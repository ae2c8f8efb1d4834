package com.telekpr.events;

import java.util.UUID;

/** Requests to wallet-service, sent by bot-gateway on {@value Topics#WALLET_COMMANDS}. */
public sealed interface WalletCommand extends Command {

    record PurchaseSubscription(UUID requestId, String type) implements WalletCommand {
    }
}
