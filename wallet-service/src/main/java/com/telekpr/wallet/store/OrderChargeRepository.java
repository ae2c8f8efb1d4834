package com.telekpr.wallet.store;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class OrderChargeRepository implements PanacheRepositoryBase<OrderChargeEntity, UUID> {
}
