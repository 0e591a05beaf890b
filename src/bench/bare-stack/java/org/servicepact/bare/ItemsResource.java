package org.servicepact.bare;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/items}: a page of JPA entities as JSON, the bare counterpart of the portal's API read. */
@Path("items")
public class ItemsResource {

    @Inject
    Items items;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonArray list() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Item item : items.page(0, 20)) {
            list.add(Json.createObjectBuilder().add("id", item.getId()).add("title", item.getTitle())
                    .add("status", item.getStatus()).add("createdAt", item.getCreatedAt().toString()));
        }
        return list.build();
    }
}
