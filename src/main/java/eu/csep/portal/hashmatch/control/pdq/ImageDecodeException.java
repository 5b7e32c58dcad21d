package eu.csep.portal.hashmatch.control.pdq;

import java.io.IOException;

/** An image could not be decoded; the message is meant for humans (e.g. "not an image"). */
public class ImageDecodeException extends IOException {

    private static final long serialVersionUID = 1L;

    public ImageDecodeException(String message) {
        super(message);
    }

    public ImageDecodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
