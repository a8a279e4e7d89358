package dev.robson.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in Robson server on 127.0.0.1 that speaks the push stream: {@code /api/stream} over
 * plain sockets (RFC 6455: handshake, masked client frames, unmasked server frames), answering
 * auth with ready and each subscribe with subscribed, and plain HTTP GETs from a table of JSON
 * answers. Everything the CLI sends is recorded.
 */
final class FakePushServer implements AutoCloseable {

    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final ServerSocket listener;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final List<String> httpRequests = new CopyOnWriteArrayList<>();
    private final List<String> streamRequests = new CopyOnWriteArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<OutputStream> streams = new CopyOnWriteArrayList<>();
    private volatile String validToken = "access-1";
    private volatile boolean unavailable;

    FakePushServer() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        // Every command that prints amounts reads the server's display rules first, as from a real server.
        on(FakeRobsonServer.DISPLAY_RULES_PATH, FakeRobsonServer.fixture("display-rules.json"));
        Thread.ofVirtual().start(this::accept);
    }

    String url() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** A JSON answer for GET path (with its query). */
    FakePushServer on(String pathAndQuery, String json) {
        answers.put(pathAndQuery, json);
        return this;
    }

    /** Refuse every stream with push_unavailable and 1013, as a server without Redis does. */
    void unavailable() {
        unavailable = true;
    }

    List<String> httpRequests() {
        return httpRequests;
    }

    /** The request lines of the stream's upgrades, e.g. {@code GET /api/stream HTTP/1.1}. */
    List<String> streamRequests() {
        return streamRequests;
    }

    /** Every text message the CLI sent on a stream. */
    List<String> received() {
        return received;
    }

    boolean subscribed(String channel) {
        return received.stream()
                .anyMatch(text -> text.contains("\"subscribe\"") && text.contains("\"" + channel + "\""));
    }

    /** A frame to every open stream. */
    void push(String json) {
        for (OutputStream out : streams) {
            try {
                synchronized (out) {
                    writeText(out, json);
                }
            } catch (IOException gone) {
                streams.remove(out);
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                Thread.ofVirtual().start(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            while (true) {
                String requestLine = line(in);
                if (requestLine == null || requestLine.isEmpty()) {
                    return;
                }
                Map<String, String> headers = new ConcurrentHashMap<>();
                for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                    int colon = header.indexOf(':');
                    headers.put(
                            header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            header.substring(colon + 1).trim());
                }
                String path = requestLine.split(" ")[1];
                if ("websocket".equalsIgnoreCase(headers.getOrDefault("upgrade", ""))) {
                    streamRequests.add(requestLine);
                    stream(in, out, headers.get("sec-websocket-key"));
                    return;
                }
                httpRequests.add(requestLine);
                String body = answers.get(path);
                String status = body == null ? "404 Not Found" : "200 OK";
                if (body == null) {
                    body = "{\"status\":404,\"code\":\"not_found\",\"detail\":\"No route.\"}";
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
                                + bytes.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(bytes);
                out.flush();
            }
        } catch (IOException | RuntimeException gone) {
            // The client went away.
        }
    }

    private void stream(InputStream in, OutputStream out, String key) throws IOException {
        String accept;
        try {
            accept = Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-1")
                            .digest((key + GUID).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        if (unavailable) {
            synchronized (out) {
                writeText(
                        out,
                        "{\"type\":\"error\",\"status\":503,\"code\":\"push_unavailable\",\"detail\":\"Live updates are unavailable for now\"}");
                writeClose(out, 1013, "push unavailable, poll");
            }
            return;
        }
        DataInputStream frames = new DataInputStream(in);
        while (true) {
            int first = frames.read();
            if (first < 0) {
                return;
            }
            int opcode = first & 0x0F;
            int second = frames.readUnsignedByte();
            long length = second & 0x7F;
            if (length == 126) {
                length = frames.readUnsignedShort();
            } else if (length == 127) {
                length = frames.readLong();
            }
            byte[] mask = new byte[4];
            frames.readFully(mask);
            byte[] payload = new byte[(int) length];
            frames.readFully(payload);
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i % 4];
            }
            if (opcode == 0x8) {
                streams.remove(out);
                return;
            }
            if (opcode != 0x1) {
                continue;
            }
            String text = new String(payload, StandardCharsets.UTF_8);
            received.add(text);
            synchronized (out) {
                if (text.contains("\"auth\"")) {
                    if (text.contains("\"" + validToken + "\"")) {
                        long expires = Instant.now().getEpochSecond() + 900;
                        writeText(
                                out,
                                "{\"type\":\"ready\",\"username\":\"demo\",\"expires_at\":" + expires
                                        + ",\"last_event_id\":0}");
                        if (!streams.contains(out)) {
                            streams.add(out);
                        }
                    } else {
                        writeText(
                                out,
                                "{\"type\":\"error\",\"status\":401,\"code\":\"invalid_token\",\"detail\":\"The access token is invalid or expired.\"}");
                        writeClose(out, 4401, "not authenticated");
                        return;
                    }
                } else if (text.contains("\"subscribe\"")) {
                    String channel = text.replaceAll(".*\"channel\":\"([^\"]+)\".*", "$1");
                    writeText(out, "{\"type\":\"subscribed\",\"channel\":\"" + channel + "\"}");
                }
            }
        }
    }

    private static void writeText(OutputStream out, String json) throws IOException {
        writeFrame(out, 0x1, json.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeClose(OutputStream out, int code, String reason) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.write(code >> 8);
        payload.write(code & 0xFF);
        payload.write(reason.getBytes(StandardCharsets.UTF_8));
        writeFrame(out, 0x8, payload.toByteArray());
    }

    private static void writeFrame(OutputStream out, int opcode, byte[] payload) throws IOException {
        out.write(0x80 | opcode);
        if (payload.length < 126) {
            out.write(payload.length);
        } else if (payload.length < 65536) {
            out.write(126);
            out.write(payload.length >> 8);
            out.write(payload.length & 0xFF);
        } else {
            out.write(127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) ((long) payload.length >> shift) & 0xFF);
            }
        }
        out.write(payload);
        out.flush();
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
        }
        return line.isEmpty() ? null : line.toString();
    }
}
