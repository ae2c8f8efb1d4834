package com.telekpr.order.store;

import com.telekpr.order.domain.CatalogueEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "catalogue")
public class CatalogueEntity {
    @Id
    public String code;
    public String name;
    @Column(name = "sites_count")
    public int sitesCount;
    @Column(name = "regular_price")
    public int regularPrice;
    @Column(name = "subscriber_price")
    public int subscriberPrice;
    public boolean active;
    @Column(name = "sort_order")
    public int sortOrder;

    public CatalogueEntry toDomain() {
        return new CatalogueEntry(code, name, sitesCount, regularPrice, subscriberPrice, active);
    }
}
