package eu.csep.portal.shared.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail; {@code errors} names each wrong field and why. */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Response response(Response.Status status, String detail, List<FieldError> errors) {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null,
                        errors == null || errors.isEmpty() ? null : errors))
                .build();
    }
}
