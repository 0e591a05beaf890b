package org.servicepact.bare;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.time.Instant;

/** Writes 320 items on the first start, as many as the portal's demo has requests. */
@Singleton
@Startup
public class ItemSeeder {

    @Inject
    Items items;

    @PostConstruct
    void seed() {
        if (items.count() == 0) {
            Instant now = Instant.now();
            for (int i = 0; i < 320; i++) {
                items.add(new Item("Item " + i, i % 3 == 0 ? "OPEN" : "RESOLVED", now.minusSeconds(3600L * i)));
            }
        }
    }
}
