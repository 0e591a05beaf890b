package org.servicepact.platform;

import jakarta.json.spi.JsonProvider;

/** The one JSON provider every writer and reader of JSON here uses. */
public final class SharedJson {

    /**
     * Looked up once: {@code Json.create…} looks the provider up with a ServiceLoader, a scan of the class path, at
     * every call (it was most of a trend chart's time).
     */
    public static final JsonProvider JSON = JsonProvider.provider();

    private SharedJson() {
    }
}
