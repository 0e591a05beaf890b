package org.servicepact.bare;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS under /api. */
@ApplicationPath("api")
public class BareApplication extends Application {
}
