package eu.csep.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-less visitor of the portal over plain HTTP: keeps its session cookie, never follows redirects by
 * itself (tests look at them), and can fill and post Faces forms (it reads the view state from the page).
 */
public final class PortalClient {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;

    public PortalClient(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        // HTTP/1.1 as browsers speak it on plain http (Grizzly's h2c upgrade cuts streamed downloads short)
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).header("Accept-Language", "en").GET().build());
    }

    /** Gets a binary answer (a PDF, an attachment) as bytes. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(resolve(path)).header("Accept-Language", "en").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).header("Accept", "application/json")
                .header("Accept-Language", "en").GET().build());
    }

    /** Posts a JSON body to the REST API (with this client's session) and returns the answer. */
    public HttpResponse<String> postJson(String path, String json) {
        return sendJson("POST", path, json);
    }

    /** Sends a JSON body with the given method (POST, PUT) to an API path. */
    public HttpResponse<String> sendJson(String method, String path, String json) {
        return sendJson(method, path, json, "en");
    }

    /** Sends a JSON body asking for answers in the given language (Accept-Language). */
    public HttpResponse<String> sendJson(String method, String path, String json, String language) {
        return send(HttpRequest.newBuilder(resolve(path)).header("Accept", "application/json")
                .header("Accept-Language", language).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** Sends a JSON body with an API token ({@code Authorization: Bearer}) instead of the session. */
    public HttpResponse<String> sendJsonWithToken(String method, String path, String json, String token) {
        return send(HttpRequest.newBuilder(resolve(path)).header("Accept", "application/json")
                .header("Accept-Language", "en").header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** Posts raw bytes with the given content type. */
    public HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(resolve(path)).header("Accept", "application/json")
                .header("Accept-Language", "en").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Posts a body read from a stream as it is sent (nothing held in memory), e.g. a generated import file. */
    public HttpResponse<String> postStream(String path, String contentType, java.util.function.Supplier<java.io.InputStream> body) {
        return send(HttpRequest.newBuilder(resolve(path)).header("Accept", "application/json")
                .header("Accept-Language", "en").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(body)).build());
    }

    /** Posts one file as multipart/form-data, in the part named {@code field}. */
    public HttpResponse<String> postFile(String path, String field, String fileName, String contentType, byte[] content) {
        String boundary = "----portal-test-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return postBytes(path, "multipart/form-data; boundary=" + boundary, body);
    }

    /** Follows redirects (as a browser would) and returns the final page. */
    public HttpResponse<String> open(String path) {
        HttpResponse<String> response = get(path);
        for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
            response = get(response.headers().firstValue("Location").orElseThrow());
        }
        return response;
    }

    /**
     * Opens the page, fills the named fields of the Faces form with the given id, and presses the button.
     * Field names are relative to the form ("email" stands for "login:email").
     */
    public HttpResponse<String> submit(String pagePath, String formId, String button, Map<String, String> fields) {
        return submit(page(pagePath), formId, button, fields);
    }

    /** Opens a page (following redirects) that must answer 200, to post its form later with {@link #submit}. */
    public HttpResponse<String> page(String pagePath) {
        HttpResponse<String> page = open(pagePath);
        if (page.statusCode() != 200) {
            throw new IllegalStateException("Page " + pagePath + " answered " + page.statusCode());
        }
        return page;
    }

    /**
     * Fills and posts the form of a page opened earlier (its view state), as a user who opened a page, waited, and
     * then pressed the button.
     */
    public HttpResponse<String> submit(HttpResponse<String> page, String formId, String button, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + button, "");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        String action = page.uri().getPath() + (page.uri().getQuery() == null ? "" : "?" + page.uri().getQuery());
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(page.uri().resolve(action)).header("Accept-Language", "en")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Fires an Ajax behaviour of a field (e.g. its "change") on a page opened earlier, executing and re-rendering the
     * whole form, with the given fields filled as in {@link #submit}; returns the partial response (XML).
     */
    public HttpResponse<String> ajax(HttpResponse<String> page, String formId, String source, String event,
            Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", formId + ":" + source);
        form.put("jakarta.faces.partial.execute", formId);
        form.put("jakarta.faces.partial.render", formId);
        form.put("jakarta.faces.behavior.event", event);
        form.put("jakarta.faces.partial.event", event);
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        String action = page.uri().getPath() + (page.uri().getQuery() == null ? "" : "?" + page.uri().getQuery());
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(page.uri().resolve(action)).header("Accept-Language", "en")
                .header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Signs in through the real login page; returns the response to the login post (302 on success). */
    public HttpResponse<String> login(String email, String password) {
        return submit("login.xhtml", "login", "submit", Map.of("email", email, "password", password));
    }

    public URI resolve(String path) {
        if (path.startsWith("http")) {
            return URI.create(path);
        }
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("No Faces view state on the page");
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
