package dev.robson.server.exchange.stream.fake;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The bits of RFC 6455 a server needs: the upgrade handshake, reading the client's (masked)
 * frames and writing its own (unmasked) ones.
 */
final class WebSocketFrames {

    static final int CONTINUATION = 0x0;
    static final int TEXT = 0x1;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;

    /** RFC 6455 §1.3's GUID (clients check it: a wrong digit fails every handshake). */
    private static final String HANDSHAKE_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private WebSocketFrames() {}

    /** A whole message (continuations already joined) or a control frame. */
    record Frame(int opcode, byte[] payload) {

        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    /** The request line's target and the headers (names lower-cased) of an HTTP upgrade request. */
    record Upgrade(String target, Map<String, String> headers) {

        String key() {
            return headers.get("sec-websocket-key");
        }
    }

    static Upgrade readUpgrade(InputStream in) throws IOException {
        String[] requestLine = readLine(in).split(" ");
        if (requestLine.length != 3 || !requestLine[0].equals("GET")) {
            throw new IOException("not a WebSocket upgrade: " + String.join(" ", requestLine));
        }
        Map<String, String> headers = new HashMap<>();
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            headers.put(
                    line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).trim());
        }
        return new Upgrade(requestLine[1], headers);
    }

    static void accept(OutputStream out, String key) throws IOException {
        String accept = Base64.getEncoder().encodeToString(sha1(key + HANDSHAKE_GUID));
        out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    static void refuse(OutputStream out, int status, String reason) throws IOException {
        out.write(("HTTP/1.1 " + status + " " + reason + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** The next message from a client; data frames split in continuations come back joined. */
    static Frame read(DataInputStream in) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        int opcode = -1;
        while (true) {
            int first = in.readUnsignedByte();
            int second = in.readUnsignedByte();
            boolean fin = (first & 0x80) != 0;
            int frameOpcode = first & 0x0F;
            if ((second & 0x80) == 0) {
                throw new IOException("client frames must be masked (RFC 6455 §5.1)");
            }
            long length = second & 0x7F;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] mask = in.readNBytes(4);
            byte[] payload = in.readNBytes(Math.toIntExact(length));
            if (payload.length != length || mask.length != 4) {
                throw new EOFException();
            }
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i % 4];
            }
            if (frameOpcode >= CLOSE) {
                return new Frame(frameOpcode, payload);
            }
            if (frameOpcode != CONTINUATION) {
                opcode = frameOpcode;
            }
            message.write(payload);
            if (fin) {
                return new Frame(opcode, message.toByteArray());
            }
        }
    }

    /**
     * One unmasked, unfragmented frame, as a server sends it, in a single write: written piece by
     * piece, Nagle's algorithm and the client's delayed ACK would hold each message ~40 ms.
     */
    static void write(OutputStream out, int opcode, byte[] payload) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 10);
        frame.write(0x80 | opcode);
        if (payload.length < 126) {
            frame.write(payload.length);
        } else if (payload.length <= 0xFFFF) {
            frame.write(126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xFF);
        } else {
            frame.write(127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) ((long) payload.length >>> shift) & 0xFF);
            }
        }
        frame.write(payload);
        frame.writeTo(out);
        out.flush();
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed during the handshake");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static byte[] sha1(String text) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.ISO_8859_1));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }
}
