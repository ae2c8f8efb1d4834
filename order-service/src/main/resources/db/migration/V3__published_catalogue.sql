-- The catalogue as order-service last told it on order.events (CatalogueChanged), as that message's JSON:
-- at start-up it is told again only if the catalogue now differs (e.g. a migration changed it). One row,
-- locked by whoever is about to tell it (an edit, a starting replica), so they tell one after the other.
create table published_catalogue (
    id           integer primary key check (id = 1),
    packages     text,
    published_at timestamptz
);
insert into published_catalogue (id) values (1);
