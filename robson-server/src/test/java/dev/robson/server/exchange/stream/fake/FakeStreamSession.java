package dev.robson.server.exchange.stream.fake;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/** One client of the fake stream: its handshake, the streams it follows, its requests. */
final class FakeStreamSession {

    private final Socket socket;
    private final FakeBookTickerStream server;
    private final Set<String> streams = ConcurrentHashMap.newKeySet();
    private OutputStream out;

    FakeStreamSession(Socket socket, FakeBookTickerStream server) {
        this.socket = socket;
        this.server = server;
    }

    boolean follows(String stream) {
        return streams.contains(stream);
    }

    int streams() {
        return streams.size();
    }

    synchronized void send(int opcode, String payload) {
        try {
            WebSocketFrames.write(out, opcode, payload.getBytes(StandardCharsets.UTF_8));
        } catch (IOException gone) {
            drop();
        }
    }

    /** Hangs up without a close frame, as a broken network does. */
    void drop() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closed already.
        }
    }

    void serve() {
        try (socket) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            out = socket.getOutputStream();
            if (!upgrade(in)) {
                return;
            }
            server.opened(this);
            while (true) {
                WebSocketFrames.Frame frame = WebSocketFrames.read(in);
                switch (frame.opcode()) {
                    case WebSocketFrames.TEXT -> request(frame.text());
                    case WebSocketFrames.PING -> send(WebSocketFrames.PONG, frame.text());
                    case WebSocketFrames.PONG -> server.ponged(frame.text());
                    case WebSocketFrames.CLOSE -> {
                        synchronized (this) {
                            WebSocketFrames.write(out, WebSocketFrames.CLOSE, frame.payload());
                        }
                        return;
                    }
                    default -> {}
                }
            }
        } catch (IOException gone) {
            // The client left, or the test dropped it.
        } finally {
            server.closed(this);
        }
    }

    private boolean upgrade(DataInputStream in) throws IOException {
        WebSocketFrames.Upgrade upgrade = WebSocketFrames.readUpgrade(in);
        server.attempted();
        int refusal = server.refusal();
        if (refusal != 0) {
            WebSocketFrames.refuse(out, refusal, "Refused by the test");
            return false;
        }
        String prefix = "/stream?streams=";
        if (!upgrade.target().startsWith(prefix) || upgrade.key() == null) {
            WebSocketFrames.refuse(out, 404, "Not Found");
            return false;
        }
        String names = upgrade.target().substring(prefix.length());
        Set<String> requested = new HashSet<>();
        Arrays.stream(names.split("/")).filter(name -> !name.isEmpty()).forEach(requested::add);
        if (requested.size() > FakeBookTickerStream.MAX_STREAMS) {
            WebSocketFrames.refuse(out, 400, "Bad Request");
            return false;
        }
        streams.addAll(requested);
        WebSocketFrames.accept(out, upgrade.key());
        return true;
    }

    /** {@code {"method":"SUBSCRIBE","params":["btcusdc@bookTicker"],"id":1}}, answered as Binance does. */
    private void request(String text) {
        JsonNode request = FakeBookTickerStream.JSON.readTree(text);
        String method = request.path("method").asString("");
        JsonNode params = request.path("params");
        switch (method) {
            case "SUBSCRIBE" -> {
                Set<String> after = new HashSet<>(streams);
                params.forEach(stream -> after.add(stream.asString()));
                if (after.size() > FakeBookTickerStream.MAX_STREAMS) {
                    server.refusedSubscription();
                    send(
                            WebSocketFrames.TEXT,
                            "{\"error\":{\"code\":2,\"msg\":\"Too many streams\"},\"id\":" + request.path("id") + "}");
                    return;
                }
                streams.addAll(after);
                server.subscribed();
            }
            case "UNSUBSCRIBE" -> {
                params.forEach(stream -> streams.remove(stream.asString()));
                server.unsubscribed();
            }
            default -> {
                send(
                        WebSocketFrames.TEXT,
                        "{\"error\":{\"code\":2,\"msg\":\"Invalid request\"},\"id\":" + request.path("id") + "}");
                return;
            }
        }
        send(WebSocketFrames.TEXT, "{\"result\":null,\"id\":" + request.path("id") + "}");
    }
}
