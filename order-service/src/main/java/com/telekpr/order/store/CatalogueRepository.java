package com.telekpr.order.store;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CatalogueRepository implements PanacheRepositoryBase<CatalogueEntity, String> {
}
