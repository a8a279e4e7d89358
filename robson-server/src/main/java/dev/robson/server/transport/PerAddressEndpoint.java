package dev.robson.server.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.NioEndpoint;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's NIO endpoint, refusing a new connection when its address already holds
 * {@code maxPerAddress} open ones, so one client (a slow one above all) cannot take every
 * connection slot. Trusted proxies are exempt: behind an ingress every client shares its address.
 */
public class PerAddressEndpoint extends NioEndpoint {

    private volatile int maxPerAddress = Integer.MAX_VALUE;
    private volatile TrustedProxies exempt = new TrustedProxies("");

    void limit(int maxPerAddress, TrustedProxies exempt) {
        this.maxPerAddress = maxPerAddress;
        this.exempt = exempt;
    }

    @Override
    protected boolean setSocketOptions(SocketChannel socket) {
        String address = addressOf(socket);
        if (address != null && !exempt.trusts(address) && openFrom(address) >= maxPerAddress) {
            // Dropped before any byte is read; the acceptor then releases its connection count.
            try {
                socket.close();
            } catch (IOException alreadyGone) {
                // Nothing to drop.
            }
            return false;
        }
        return super.setSocketOptions(socket);
    }

    /** Counted over the open connections at accept time: nothing to keep in step on close. */
    private int openFrom(String address) {
        int open = 0;
        for (SocketWrapperBase<NioChannel> connection : getConnections()) {
            if (address.equals(connection.getRemoteAddr())) {
                open++;
            }
        }
        return open;
    }

    private static String addressOf(SocketChannel socket) {
        try {
            return socket.getRemoteAddress() instanceof InetSocketAddress inet && inet.getAddress() != null
                    ? inet.getAddress().getHostAddress()
                    : null;
        } catch (IOException closed) {
            return null;
        }
    }
}
