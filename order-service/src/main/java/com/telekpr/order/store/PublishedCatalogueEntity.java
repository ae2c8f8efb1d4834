package com.telekpr.order.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one row of what the catalogue was when last published: its packages as JSON, null before the first. */
@Entity
@Table(name = "published_catalogue")
public class PublishedCatalogueEntity {
    static final int THE_ROW = 1;

    @Id
    public int id;
    public String packages;
    @Column(name = "published_at")
    public Instant publishedAt;
}
