package eu.csep.portal.shared.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API, version 1. Errors are RFC 9457 problem+json; the OpenAPI document is served at /openapi. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "CSEP Portal API", version = "1",
        description = "Civil Society Empowerment Programme portal. Errors are RFC 9457 application/problem+json."))
public class RestApplication extends Application {
}
