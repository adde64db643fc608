package io.blindspots.results.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * Debian's Chromium, headless, driven over the Chrome DevTools Protocol with the JDK's own WebSocket client: one
 * page, navigated, read with JavaScript, photographed. No WebDriver, so nothing to keep in step with the browser.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path BINARY = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final WebSocket page;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process, Path profile, URI pageSocket) {
        this.process = process;
        this.profile = profile;
        this.page = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(pageSocket, new Replies()).join();
    }

    /** Starts Chromium with a fresh profile, its output going to {@code log}; fails clearly where it is missing. */
    public static HeadlessChromium start(Path log) throws IOException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("No Chromium at " + BINARY + ": the live-page browser test needs it. "
                    + "Install the Debian package 'chromium' (apt-get install -y chromium), "
                    + "or point -Dchromium.binary at a Chromium or Chrome executable.");
        }
        Path profile = Files.createTempDirectory("blindspots-chromium-");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "--remote-allow-origins=*", "--window-size=1280,1500", "about:blank")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // Chromium writes the port it chose (and the browser's socket path) here once DevTools listens.
        Path activePort = profile.resolve("DevToolsActivePort");
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("Chromium exited with " + process.exitValue() + "; see " + log);
            }
            return Files.exists(activePort) && Files.readAllLines(activePort).size() >= 2;
        });
        int port = Integer.parseInt(Files.readAllLines(activePort).getFirst().strip());
        return new HeadlessChromium(process, profile, pageSocket(port));
    }

    private static URI pageSocket(int port) throws IOException {
        try {
            String targets = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (JsonNode target : JSON.readTree(targets)) {
                if ("page".equals(target.path("type").asText())) {
                    return URI.create(target.path("webSocketDebuggerUrl").asText());
                }
            }
            throw new IllegalStateException("Chromium has no page target: " + targets);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Navigates and returns once the new document has loaded (Page.navigate answers before it has). */
    public void open(String url) {
        call("Page.navigate", Map.of("url", url));
        String loaded = "location.href === " + JSON.valueToTree(url) + " && document.readyState === 'complete'";
        await().atMost(CALL_TIMEOUT).until(() -> eval(loaded).asBoolean());
    }

    /** The value of a JavaScript expression in the page (JSON-like: strings, numbers, booleans, arrays, objects). */
    public JsonNode eval(String expression) {
        JsonNode reply = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (reply.has("exceptionDetails")) {
            throw new IllegalStateException(expression + " threw: " + reply.get("exceptionDetails"));
        }
        return reply.path("result").path("value");
    }

    /** Saves the whole page, beyond the window if it is longer, as PNG. */
    public void screenshot(Path png) throws IOException {
        JsonNode size = call("Page.getLayoutMetrics", Map.of()).path("cssContentSize");
        Map<String, Object> page = Map.of("x", 0, "y", 0, "scale", 1,
                "width", size.path("width").asDouble(), "height", size.path("height").asDouble());
        JsonNode shot = call("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", page));
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode(shot.path("data").asText()));
    }

    private JsonNode call(String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        page.sendText(message.toString(), true).join();
        JsonNode answer = reply.orTimeout(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.path("result");
    }

    @Override
    public void close() throws IOException {
        page.abort();
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Matches each reply to its call by id; events (no id) are not needed here and are dropped. */
    private final class Replies implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    CompletableFuture<JsonNode> reply = message.has("id")
                            ? pending.remove(message.get("id").asInt()) : null;
                    if (reply != null) {
                        reply.complete(message);
                    }
                } catch (IOException e) {
                    pending.values().forEach(reply -> reply.completeExceptionally(e));
                }
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }
    }
}
